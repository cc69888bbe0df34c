### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### Privacy: consent, what is stored, erasing.

privacy-note =
    Intaynaan bilaabin – sidan ayaan u maareynaa waxa aad qorto:
    • Jawaabahaaga waxaa lagu kaydiyaa koodh, laguma kaydiyo magacaaga, magaca isticmaalaha ama lambarka telefoonkaaga. Koodhka waxaa laga sameeyaa akoonkaaga wada-sheekaysiga iyadoo la adeegsanayo fure sir ah, wuxuuna jawaabahaaga ku xiraa wada-sheekaysigaaga, si aad adigu u aragto una tirtirto. Booliiska iyo degmadu weligood ma arkaan koodhka.
    • Magaca iyo magaca isticmaalaha akoonkaaga wada-sheekaysiga ma kaydinno. Haddii aad dirto warbixin ama aad la socoto waxa la qabanayo, waxaan kaydinnaa jidka wada-sheekaysigaaga lagu soo gaaro (WhatsApp-ka: lambarka telefoonkaaga), si gaar ah oo ka baxsan jawaabaha, si aan kuugu jawaabno. WhatsApp-ka waxaan sidoo kale kaydinnaa goorta aad ugu dambaysay qoraal, qiyaastii hal maalin. Waxaas oo dhan waxaa lagu tirtiraa /forget.
    • Waxaan kaydinnaa jawaabtaada, mawduuca ay khusayso, jawaabaha su'aalaha dheeraadka ah ee ikhtiyaariga ah iyo luqadda aad isticmaasho.
    • Jawaabaha waxaa akhriya booliiska iyo degmada { $municipality }, waxaana loo isticmaalaa in lagu ogaado dhibaatooyinka jira iyo waxa loo baahan yahay in la qabto.
    • Sarkaalka booliiska ee degmada wuxuu dooran karaa inuu jawaab ku muujiyo bogga dadweynaha ee waxa wadahadalku sheegay, isaga oo aan sheegin cidda qortay. Sidaas darteed magacyo ha ku qorin jawaabtaada.
    • Waqti kasta waxaad xogtaada ku arki kartaa /mydata, wax walbana waxaad ku tirtiri kartaa /forget.
privacy-consent-question = Ma oggoshahay inaan jawaabahaaga sidan u kaydinno?
privacy-agree = Haa, waan oggolahay
privacy-decline = Maya, mahadsanid
privacy-thanks = Mahadsanid!
privacy-declined = Hagaag, waxba lagaa kaydin maayo. Weli waxaad ku akhrin kartaa ballanqaadyada /promises. Haddii aad fikirkaaga beddesho, qor /start.

mydata-intro =
    Kani waa waxa lagaa kaydiyay:
    Luqadda: { $language }
    Oggolaanshaha: { $consent }
    Tirada jawaabaha: { $answers }
mydata-follow-up = { $question } { $option }
mydata-answer =
    { $date } – { $area }
    “{ $text }”
mydata-no-area = (mawduuc lama dooran)
mydata-erase-hint = Ma rabtaa inaad wax walba tirtirto? Qor /forget.

forget-confirm =
    { $answers ->
        [0] Ma lihid jawaabo kaydsan. Ma rabtaa inaad si kastaba u tirtirto wax kasta oo adiga kugu saabsan, oo ay ku jirto luqadda aad dooratay?
        [one] Ma rabtaa inaad tirtirto jawaabtaada iyo wax kasta oo kale oo aan kaa kaydinnay? Arrintan dib looma celin karo.
       *[other] Ma rabtaa inaad tirtirto jawaabahaaga oo dhan ({ $answers }) iyo wax kasta oo kale oo aan kaa kaydinnay? Arrintan dib looma celin karo.
    }
forget-yes = Haa, tirtir wax walba
forget-no = Maya, ha tirtirin
forget-done = Waa la dhammeeyay. Wax kasta oo aad bixisay waa la tirtiray. Qor /start haddii aad rabto inaad dib u bilowdo.
forget-kept = Hagaag, waxba lama tirtirin.
mydata-whatsapp-window = Goorta aad ugu dambaysay qoraal WhatsApp: { $time } (waxaa la hayaa qiyaastii hal maalin, si aan u ogaanno inaan kuu jawaabi karno)
