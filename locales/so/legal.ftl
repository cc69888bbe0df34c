### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### The pages the law asks for: the accessibility statement and the privacy notice (bot/server/legal.py).

legal-link-accessibility = Bayaanka helitaanka
legal-link-privacy = Sida aan u maareyno xogtaada shakhsiga ah
legal-chat-links =
    Sida aan u maareyno xogtaada shakhsiga ah: { $privacy }
    Bayaanka helitaanka: { $accessibility }

## Bayaanka helitaanka (sharciga Iswiidhan (2018:1937))

a11y-title = Bayaanka helitaanka
a11y-intro = Degmada { $municipality } ayaa mas'uul ka ah websaydhkan, oo ah wada-sheekaysiga webka ee wadahadalka dadweynaha. Waxaan rabnaa in dad badan oo suurtagal ah ay isticmaali karaan. Halkan waxaan ku qeexaynaa sida websaydhku u buuxiyo sharciga Iswiidhan (2018:1937) ee ku saabsan helitaanka adeegyada dadweynaha ee dhijitaalka ah, cilladaha aan ognahay iyo sida aad noogu sheegi karto dhibaato.
a11y-status-heading = Intee in le'eg ayuu websaydhku u fudud yahay in la helo?
a11y-status = Websaydhku qayb ahaan ayuu buuxiyaa shuruudaha sharciga. Sharcigu wuxuu tixraacayaa heerka EN 301 549, kaas oo ku dhisan tilmaamaha WCAG 2.1 heerka AA. Cilladaha aan ognahay waxay ku qoran yihiin hoos.
a11y-works = Wada-sheekaysiga webku wuxuu shaqeeyaa iyadoo aan JavaScript la haysan, kumbuyuutarka kaliya, akhriyaha shaashadda, shaashadda telefoonka iyo qoraal la weyneeyay. Wuxuu ku jiraa toddoba luqadood, waxaana carabiga iyo dariga laga muujiyaa midig ilaa bidix.
a11y-gaps-heading = Cilladaha aan ognahay
a11y-gap-translations = Qoraallada luqadaha aan ahayn iswiidhishka waa qabyo aan weli dib u eegin dad luqadda hooyo ku leh. Qaar ka mid ah waxay noqon karaan kuwo aan caddayn ama khaldan.
a11y-gap-ethiopic = Tigrinyada waxaa lagu qoraa far Itoobiyaan ah. Haddii telefoonkaaga ama kumbuyuutarkaagu aanu lahayn far-qoraal (font) loogu talagalay, qoraalku wuxuu u muuqdaa sanduuqyo. Websaydhku ma soo raaciyo far-qoraal u gaar ah.
a11y-gap-location = Badhanka lagu wadaago goobtaada wuxuu u baahan yahay JavaScript. Mar walba waxaad goobta ku qori kartaa erayadaada.
a11y-gap-testing = Websaydhka waxaa lagu hubiyay imtixaanno otomaatig ah (axe-core) iyo kumbuyuutarka, laakiin weli ma hubin dad isticmaala akhriyaha shaashadda ama qalab kale oo caawimo ah.
a11y-report-heading = Noo sheeg dhibaatooyinka ama ka codso nuxurka qaab kale
a11y-report = Noo sheeg haddii wax kuu shaqayn waayaan, ama haddii aad u baahan tahay nuxurka qaab kale, tusaale ahaan cod ahaan loo akhriyay, warqad ahaan ama luqad aan jirin. La xiriir { $name }: iimayl { $email }, telefoon { $phone }.
a11y-supervision-heading = Kormeerka
a11y-supervision = Hay'adda Maamulka Dhijitaalka ah (DIGG, Myndigheten för digital förvaltning) ayaa kormeerta sharciga. Haddii aadan ku qanacsanayn sida aan u maareyno faallooyinkaaga, waxaad u gudbin kartaa DIGG: digg.se/tdosanmalan
a11y-made = Bayaankan wuxuu ku salaysan yahay qiimaynta aan annagu ku samaynay websaydhka, waxaana la sameeyay { $date }.

## Macluumaadka xogta shakhsiga ah (qodobka 13 ee Xeerka Guud ee Ilaalinta Xogta, GDPR)

privacy-page-title = Sida aan u maareyno xogtaada shakhsiga ah
privacy-page-intro = Halkan waxaa ku qoran waxa wadahadalka dadweynaha ee { $municipality } kaa kaydiyo, sababta, muddada, cidda akhrin karta iyo xuquuqdaada.
privacy-page-controllers-heading = Cidda mas'uulka ka ah xogtaada
privacy-page-controllers = Degmada { $municipality } ayaa mas'uul ka ah wadahadalka dadweynaha iyo jawaabahaaga. { $police } ayaa mas'uul ka ah warbixinnada aad u dirto sarkaalka booliiska ee degmada.
privacy-page-contact = Su'aalaha ku saabsan xogtaada ee degmada: { $name }, iimayl { $email }, telefoon { $phone }.
privacy-page-police-contact = Su'aalaha ku saabsan xogtaada ee booliiska: { $police }, telefoon 114 14, polisen.se.
privacy-page-purposes-heading = Sababta aan xogta u kaydinno
privacy-page-purposes-answers = Booliiska iyo degmadu waxay jawaabaha u isticmaalaan inay ogaadaan dhibaatooyinka jira iyo waxa loo baahan yahay in la qabto si dad badani u dareemaan ammaan.
privacy-page-purposes-tips = Sarkaalka booliiska ee degmada wuxuu warbixinnada u isticmaalaa shaqada booliiska iyo si uu kuugu jawaabi karo.
privacy-page-basis-heading = Saldhigga sharciga
legal-basis-public-task = Xogta waxaan u maareynaa si aan u gudanno hawl danta guud ah oo qayb ka ah awoodda rasmiga ah ee hay'adda (qodobka 6.1 e ee Xeerka Guud ee Ilaalinta Xogta).
privacy-page-stored-heading = Waxa aan kaydinno iyo muddada
privacy-page-stored-answers = Jawaabahaaga, mawduuca ay khusayso, jawaabaha su'aalaha dheeraadka ah ee ikhtiyaariga ah iyo luqadda aad isticmaasho. Waxaa lagu kaydiyaa koodh, laguma kaydiyo magacaaga, magaca isticmaalaha ama lambarka telefoonkaaga. Koodhka waxaa laga sameeyaa akoonkaaga wada-sheekaysiga iyadoo la adeegsanayo fure sir ah. Jawaabaha si otomaatig ah looma tirtiro: way jiraan ilaa aad ku tirtirto /forget ama degmadu tirtirto xogta wadahadalka.
privacy-page-stored-before-consent = Intaadan oggolaan, waxaan kaydinnaa oo kaliya luqadda aad dooratay iyo meesha aad ku jirto wada-sheekaysiga.
privacy-page-stored-tips = Warbixin (waxa aad qorto, sawirro, goobta, iyo magac iyo lambar telefoon haddii aad doorato inaad bixiso) waxay noqotaa dukumenti booliiska, waxaana loo kaydiyaa sida xeerarka kaydka iyo baabi'inta ee booliiska khuseeya. /forget ma tirtiro warbixinta.
privacy-page-retention-tips = Jidka lagaaga soo gaaro (wada-sheekaysigaaga; WhatsApp-ka lambarka telefoonkaaga) iyo magaca iyo lambarka telefoonka aad bixisay waxaa la tirtiraa { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } kadib marka warbixinta la xiro, ama isla markiiba marka aad dirto /forget.
privacy-page-stored-web = Wada-sheekaysiga webka, wadahadalka waxaa la kaydiyaa { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    }, iyadoo lagu xiray koodh si kedis ah loo sameeyay oo ku jira cookie-ga browser-kaaga. Waxa aad adigu qorto waxaa la kaydiyaa oo kaliya kadib marka aad oggolaato.
privacy-page-stored-inbox = Fariin Telegram ama WhatsApp ah waxaa loo kaydiyaa sidii ay u timid ilaa bot-ku ka jawaabo (WhatsApp-ka waxaa ku jira lambarka telefoonkaaga). Kadib waxaa la hayaa oo kaliya lambarkeeda { $hours ->
        [one] { $hours } saac
       *[other] { $hours } saacadood
    }, si bot-ku u aqoonsado haddii mar kale la soo diro.
privacy-page-stored-photos = Sawir loo soo geliyay warbixin aan weligeed la dirin waxaa la tirtiraa hal maalin kadib.
privacy-page-stored-logs = Weligeen kuma qorno diiwaan kasta cinwaankaaga IP-ga, browser-kaaga, cookie-gaaga, aqoonsiga wada-sheekaysigaaga ama lambarka telefoonkaaga, mana qorno waxa aad qorto.
privacy-page-recipients-heading = Cidda akhrin karta xogta
privacy-page-recipients = Jawaabaha waxaa akhriya shaqaalaha booliiska iyo degmada ee ka shaqeeya wadahadalka dadweynaha. Weligood ma arkaan koodhka ama wada-sheekaysigaaga. Warbixinnada waxaa akhriya sarkaalka booliiska ee degmada, kaas oo aan ogaan doonin cidda aad tahay haddii aadan adigu bixin magacaaga ama lambarka telefoonkaaga. Ma iibinno xog, cidna uma siinno xayeysiis dartiis.
privacy-page-public-records = Waxa aad u dirto hay'ad dawladeed waxay noqon kartaa dukumenti dadweyne (allmän handling). Markaas dad kale ayaa codsan kara inay akhriyaan, laakiin marka hore waxaa la eegayaa in wax ku jira ay yihiin kuwo sir ah.
privacy-page-published = Sarkaalka booliiska ee degmada wuxuu dooran karaa inuu jawaabo gaar ah u muujiyo sidii xigasho bogga natiijooyinka ee dadweynaha, iyada oo la sheegayo qaybta iyo luqadda laakiin aan weligeed la sheegin cidda qortay. Haddii kale boggaas wuxuu muujiyaa tirooyin oo keliya, weligoodna uma yaraadaan ilaa qof la tilmaami karo. Jawaab aad ku tirtirto /forget halkaas ayay sidoo kale ka baaba'daa.
privacy-page-telegram = Haddii aad isticmaasho Telegram, fariimahaagu waxay maraan Telegram, kaas oo u maareeya sida shuruudihiisa. Wada-sheekaysiga webku ma maro Telegram.
privacy-page-rights-heading = Xuquuqdaada
privacy-page-rights = Waxaad xaq u leedahay inaad ogaato xogta aan kaa hayno, in khaladaadka la saxo, in xogta la tirtiro, inaad codsato in maareynteeda la xaddido iyo inaad ka soo horjeesato.
privacy-page-rights-mydata = Dir /mydata (ama ka dooro liiska) si aad u aragto wax walba oo lagaa kaydiyay.
privacy-page-rights-forget = Dir /forget si aad u tirtirto wax walba oo adiga kugu saabsan, oo ay ku jirto xiriirka u dhexeeya adiga iyo warbixinnadaada.
privacy-page-dpo-heading = Sarkaalka ilaalinta xogta
privacy-page-dpo = Sarkaalka ilaalinta xogta ee degmada: { $dpo }. Sarkaalka ilaalinta xogta ee booliiska: { $police_dpo }.
privacy-page-complaint-heading = Cabashada
privacy-page-complaint = Haddii aad u malaynayso inaan xogtaada si khaldan u maareyno, waxaad cabasho u gudbin kartaa Hay'adda Iswiidhan ee Ilaalinta Sirta Gaarka ah (IMY, Integritetsskyddsmyndigheten), imy.se.
privacy-page-date = Macluumaadkan wuxuu dhaqan galayaa { $date }.
privacy-page-stored-follow = Haddii aad doorato inaad la socoto waxa laga qabanayo ballanqaadyada, waxaan kaydinnaa mawduucyada aad la socoto iyo jidka wada-sheekaysigaaga lagu soo gaaro (WhatsApp-ka lambarka telefoonkaaga, Telegram-ka lambarka aqoonsiga wada-sheekaysiga), koodhkaaga hoostiisa iyo si gaar ah oo ka baxsan jawaabahaaga. Booliiska iyo degmadu waxay arkaan oo kaliya inta la socota. Waxaas waa la tirtiraa isla markiiba marka aad dirto /unfollow ama /forget.
privacy-page-stored-whatsapp = WhatsApp-ka, kadib marka aad oggolaato, waxaan kaydinnaa goorta aad noogu dambaysay qoraal. WhatsApp wuxuu noo oggol yahay inaan si xor ah kuugu qorno oo kaliya 24 saacadood kadib fariintaadii ugu dambaysay; kadib waxaan diri karnaa oo kaliya fariin WhatsApp horay u oggolaaday, oo sheegaysa in sarkaalka booliiska ee degmada uu wax ka qoray warbixintaada. Taas waxaa lagu kaydiyaa koodhkaaga, ee laguma kaydiyo lambarkaaga, waxaana la tirtiraa saacad gudaheed kadib marka 24-ka saacadood dhammaadaan, ama isla markiiba marka aad dirto /forget.
privacy-page-whatsapp = Haddii aad isticmaasho WhatsApp, fariimahaaga iyo lambarka telefoonkaagu waxay maraan WhatsApp, oo ay leedahay shirkadda Meta. Degmadu fariimaha waxay ku hesho oo ku dirtaa adeegga Meta ee ganacsiyada (WhatsApp Business Cloud API), WhatsApp-na sidoo kale wuxuu u maareeyaa sida shuruudihiisa. Ma kaydinno magaca bogga WhatsApp-kaaga. Wada-sheekaysiga webku ma maro WhatsApp.
privacy-page-officer-chat = Sarkaalka booliiska ee degmada warbixinnada wuxuu ku helaa wada-sheekaysi shaqaalaha oo Telegram ku yaal. Sidaas darteed warbixintu – qoraalkeeda, sawirradeeda, meesheeda, iyo magaca iyo lambarka telefoonka haddii aad bixisay – waxay martaa Telegram xitaa marka aad ku dirto WhatsApp ama wada-sheekaysiga webka, waxa sarkaalka booliiska ee degmada kaaga jawaabo wada-sheekaysigaas ayaa isla jidkaas mara.
