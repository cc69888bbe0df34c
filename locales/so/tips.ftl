### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### Tips to the kommunpolis, the resident's side: the notice, the steps, the reference, /mytips, answers.

# The office hours of the Dals-Ed campaign (bot/campaigns/dals-ed-2017.toml, [tips]).
campaign-tips-office-hours = maalmaha shaqada, inta lagu jiro saacadaha shaqada
tips-office-hours-unknown = inta lagu jiro saacadaha shaqada

tips-menu-button = U dir warbixin sarkaalka booliiska ee degmada
tips-help-commands =
    /tip – u dir warbixin sarkaalka booliiska ee degmada
    /mytips – arag warbixinnadaada iyo halka ay marayaan
command-tip = U dir warbixin booliiska
command-mytips = Warbixinnadaada iyo xaaladdooda
tips-not-offered = Adeeggan ma aqbalo warbixinno. Booliiska ka wac 114 14, ama 112 haddii ay tahay xaalad degdeg ah.
tips-privacy-note =
    Haddii aad warbixin u dirto sarkaalka booliiska ee degmada:
    • Booliisku ma oga cidda aad tahay, haddii aadan adigu dooran inaad ka tagto magacaaga iyo lambarka telefoonkaaga.
    • Booliisku weligood ma arkaan magacaaga, magaca isticmaalaha ama akoonkaaga halkan. Warbixinta waxaa wada-sheekaysigaaga ku xira koodh la mid ah kan jawaabahaaga, si aad ula socoto /mytips. Si ay booliisku kuugu jawaabi karaan, waxaan kaydinnaa wada-sheekaysiga ay warbixintu ka timid, si gaar ah oo ka baxsan warbixinta. Taas waa la tirtiraa { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } kadib marka warbixinta la xiro, ama marka aad qorto /forget.
    • Warbixinta booliisku helo waxay noqotaa dukumenti dadweyne (allmän handling). Qoraalku wuu ku sii jiraa booliiska xataa haddii aad qorto /forget, laakiin xiriirka adiga kula xiriira waa la tirtiraa.
tips-mydata = Tirada warbixinnada aad dirtay: { $count } (ku arag /mytips)
tips-forget-note =
    { $count ->
        [one] Warbixintaadu waxay booliiska ugu sii jirtaa sidii dukumenti dadweyne, laakiin wax kasta oo adiga kula xiriirinaya waa la tirtiraa: wada-sheekaysiga aan kuugu jawaabno, magacaaga iyo lambarka telefoonkaaga haddii aad ka tagtay, iyo koodhka lagugu kaydiyay. Kadib booliisku kuuma soo jawaabi karaan arrintaas.
       *[other] Warbixinnadaada ({ $count }) waxay booliiska ugu sii jiraan sidii dukumentiyo dadweyne, laakiin wax kasta oo adiga kula xiriirinaya waa la tirtiraa: wada-sheekaysiga aan kuugu jawaabno, magacaaga iyo lambarka telefoonkaaga haddii aad ka tagtay, iyo koodhka lagugu kaydiyay. Kadib booliisku kuuma soo jawaabi karaan arrimahaas.
    }

tips-notice-intro = Halkan waxaad warbixin ugu diri kartaa sarkaalka booliiska ee degmada (kommunpolis). Warbixintani ma aha dacwad rasmi ah oo booliiska loo gudbiyo (polisanmälan): haddii aad rabto inaad dambi ka dacwooto, wac 114 14 ama gal polisen.se. Marka hore, dhowr arrimood oo ay wanaagsan tahay inaad ogaato:
tips-notice-office-hours = Warbixinnada waxaa la akhriyaa { $hours }, ma aha habeen iyo maalin. Ha filan jawaab degdeg ah.
tips-notice-public-record = Warbixinta booliisku helo waxay noqotaa dukumenti dadweyne (allmän handling). Taas macnaheedu waa in dadka kale ay codsan karaan inay akhriyaan. Ka hor inta aan qof kale loo oggolaan inuu akhriyo, booliisku waxay qiimeeyaan in xogta la qarinayo iyo in kale (qiimeynta sirta).
tips-notice-anonymous = Booliisku ma arkaan cidda aad tahay: iyaga magac la'aan ayaad u tahay. Adeeggu wuxuu warbixinta ku xiraa wada-sheekaysigaaga koodh, si aad ula socoto /mytips oo aad jawaabaha halkan ku hesho. Haddii aad rabto in lala soo xiriiro, adigu waxaad ka tagi kartaa magacaaga iyo lambarka telefoonkaaga. Tallaabo kasta waad ka gudbi kartaa ama waad joojin kartaa goor kasta.
tips-continue-button = Sii wad
tips-cancel-button = Jooji
tips-skip-button = Ka gudub
tips-cancelled = Waa hagaag, warbixinta lama dirin.
tips-blocked = Waan ka xunnahay, halkan kaaga ma sii aqbalno warbixinno. Xaalad degdeg ah ama dambi hadda dhacaya: wac 112. Si aad booliiska ula xiriirto xaaladaha kale: wac 114 14.
tips-limit-reached = Saacaddii u dambaysay waxaad dirtay { $limit ->
        [one] { $limit } warbixin
       *[other] { $limit } warbixinnood
    }, taas oo ah xadka. Wax yar sug oo mar kale isku day. Xaalad degdeg ah: wac 112.

tips-topic-question = Maxay warbixintu ku saabsan tahay? Haddii aadan hubin, dooro “Wax kale”.
tips-topic-crime = Dambi ama qas
tips-topic-other = Wax kale

tips-text-question = Erayadaada ku sheeg waxa ay tahay: maxaa dhacay, halkee, goormana. Ku qor luqad kasta oo aad rabto (ugu badnaan { $limit ->
        [one] { $limit } xaraf
       *[other] { $limit } xaraf
    }). Haddii aad rabto inaad sawirro ama goob oo keliya dirto, qoraalka waad ka gudbi kartaa.
tips-text-only = Halkan qoraal oo keliya ayaan akhrin karaa. Warbixinta u qor sidii fariin caadi ah.
tips-text-empty = Fariintu way madhnayd. Fadlan qor dhowr eray.
tips-text-too-long = Qoraalku waa { $length ->
        [one] { $length } xaraf
       *[other] { $length } xaraf
    }, laakiin waa inuu noqdaa ugu badnaan { $limit }. Soo gaabi oo mar kale dir.

tips-photos-question = Ma rabtaa inaad sawirro ku lifaaqdo? Dir ilaa { $limit ->
        [one] { $limit } sawir
       *[other] { $limit } sawir
    }, mid mid ama dhowr mar qura. Kadib riix “Dhammaad”. Sidoo kale waad ka gudbi kartaa.
tips-photos-done-button = Dhammaad ({ $count ->
        [one] { $count } la lifaaqay
       *[other] { $count } la lifaaqay
    })
tips-photos-only = Halkan sawirro oo keliya ayaan qaadan karaa (ma aha faylal, muuqaal ama istiikarro). Dir sawir, ama riix badhan.
tips-photos-full = Horeba waxaad u lifaaqday { $limit ->
        [one] { $limit } sawir
       *[other] { $limit } sawir
    }, taas oo ah tirada ugu badan.
tips-photo-added = Sawirka { $count } ee ugu badnaan { $limit } waa la daray. Dir kuwo kale, ama riix “Dhammaad”.
# The same steps where the channel shows a file picker and a "share my location" button (the web chat).
tips-photos-question-form = Ma rabtaa inaad sawirro ku lifaaqdo? Ku dooro sawir badhanka hoose (JPEG, PNG ama WebP), mid mid, ilaa { $limit ->
        [one] { $limit } sawir
       *[other] { $limit } sawir
    }. Kadib riix “Dhammaad”. Sidoo kale waad ka gudbi kartaa.
tips-photos-only-form = Halkan sawirro oo keliya ayaan qaadan karaa. Ku dooro sawir badhanka hoose, ama riix badhan.
tips-photo-added-form = Sawirka { $count } ee ugu badnaan { $limit } waa la daray. Ku dooro kuwo kale badhanka hoose, ama riix “Dhammaad”.
tips-photo-too-large = Sawirku aad buu u weyn yahay. Waa inuu noqdaa ugu badnaan { $limit } MB. Dooro sawir ka yar, ama ka gudub.
tips-photo-not-an-image = Faylkani ma aha sawir aan qaadan karo. Dooro sawir nooca JPEG, PNG ama WebP ah.

tips-location-question = Ma rabtaa inaad muujiso meesha ay tahay? La wadaag goob: riix astaanta lifaaqa (📎) oo dooro “Location” (Goob). Ama si kooban u qor meesha ay tahay (ugu badnaan { $limit ->
        [one] { $limit } xaraf
       *[other] { $limit } xaraf
    }). Sidoo kale waad ka gudbi kartaa.
tips-location-hint = Halkan waxaan qaadan karaa goob la wadaagay ama sharraxaad kooban oo meesha ah. Riix astaanta lifaaqa (📎) oo dooro “Location” (Goob), qor meesha ay tahay – ama ka gudub.
tips-location-question-form = Ma rabtaa inaad muujiso meesha ay tahay? Isticmaal “La wadaag goobtayda” ee hoose, ama si kooban ugu qor sanduuqa fariinta meesha ay tahay (ugu badnaan { $limit ->
        [one] { $limit } xaraf
       *[other] { $limit } xaraf
    }). Sidoo kale waad ka gudbi kartaa.
tips-location-hint-form = Halkan waxaan qaadan karaa goobtaada ama sharraxaad kooban oo meesha ah. Isticmaal “La wadaag goobtayda”, qor meesha ay tahay – ama ka gudub.
tips-location-added = Goobta waa la daray.
tips-place-too-long = Sharraxaadda meeshu waa { $length ->
        [one] { $length } xaraf
       *[other] { $length } xaraf
    }, laakiin waa inay noqotaa ugu badnaan { $limit }. Soo gaabi.
tips-place-added = Meesha waa la daray.

tips-contact-question = Booliisku ma oga cidda aad tahay. Ma rabtaa in booliisku kula soo xiriiri karaan? Taasi waa ikhtiyaar buuxa.
tips-anonymous-button = Maya, waxaan rabaa inaan magac la'aan ahaado
tips-contact-me-button = Haa, waxaan ka tagayaa magacayga iyo telefoonka
tips-name-question = Magacaa? (Ikhtiyaari – waad ka gudbi kartaa.)
tips-name-invalid = Magacaaga ku qor ugu badnaan { $limit ->
        [one] { $limit } xaraf
       *[other] { $limit } xaraf
    }, ama ka gudub.
tips-phone-question = Lambarkee telefoon ayay booliisku kugu heli karaan? (Ikhtiyaari – waad ka gudbi kartaa.)
tips-phone-invalid = Taasi uma eka lambar telefoon. Lambarka ku qor tirooyin, tusaale ahaan 070-123 45 67, ama ka gudub.

tips-empty = Warbixintu way madhan tahay. Qor dhowr eray oo ku saabsan arrinta, ama ku lifaaq sawir ama goob.
tips-summary-intro = Tani waa warbixintaada:
tips-summary-topic = Mawduuca: { $topic }
tips-summary-text = Qoraalka: “{ $text }”
tips-summary-no-text = Qoraalka: (ma jiro)
tips-summary-photos =
    { $count ->
        [0] Sawirro: ma jiraan
       *[other] Sawirro: { $count }
    }
tips-summary-location-yes = Goobta: waa la lifaaqay
tips-summary-location-no = Goobta: ma jirto
tips-summary-place = Meesha la sharraxay: “{ $place }”
tips-summary-contact = Xiriir: { $name }, { $phone }. Booliisku way kula soo xiriiri karaan.
tips-summary-anonymous = Xiriir: ma jiro – booliisku ma ogaan doonaan cidda aad tahay.
tips-summary-not-given = (lama sheegin)
tips-summary-question = Ma rabtaa inaad warbixinta u dirto sarkaalka booliiska ee degmada?
tips-send-button = Dir warbixinta

tips-sent = Mahadsanid! Warbixintaada waa la diray. Lambarkaaga tixraaca waa { $reference } – hayso haddii aad rabto inaad wax ka weydiiso warbixinta.
tips-next-steps = Sarkaalka booliiska ee degmada wuxuu akhriyaa warbixinta { $hours }. Haddii booliisku beddelaan xaaladda warbixinta ama ay kuu soo qoraan, halkan ayaad fariin ku heli doontaa, oo wata lambarka tixraaca.
tips-mytips-hint = Qor /mytips si aad u aragto warbixinnadaada iyo halka ay marayaan.

tips-mytips-none = Wax warbixin ah ma aadan dirin. Qor /tip si aad mid u dirto.
tips-mytips-intro =
    { $count ->
        [one] Warbixintaada:
       *[other] Warbixinnadaada ({ $count }), tan ugu dambaysa marka hore:
    }
tips-mytips-item =
    { $reference } – { $date }
    { $topic } – { $status }
tips-status-name-new = waa la helay, waxay sugaysaa in la akhriyo
tips-status-name-taken = booliisku way ka shaqaynayaan
tips-status-name-closed = waa la xiray

tips-status-changed-new = Warbixintaada { $reference } mar kale ayay sugaysaa in booliisku qaataan.
tips-status-changed-taken = Sarkaalka booliiska ee degmada hadda wuxuu ka shaqaynayaa warbixintaada { $reference }.
tips-status-changed-closed = Sarkaalka booliiska ee degmada wuxuu xiray warbixintaada { $reference }. Mahadsanid inaad nala soo xiriirtay!
tips-officer-wrote = Sarkaalka booliiska ee degmada ayaa kuu soo qoray oo ku saabsan warbixintaada { $reference }:
tips-answer-hint = Ma rabtaa inaad ka jawaabto? Riix “Jawaab”. Booliisku weli ma oga cidda aad tahay.
tips-answer-button = Jawaab
tips-answer-unknown = Warbixintaas kuma sii helo warbixinnadaada.
tips-answer-question = U qor booliiska jawaabtaada ku saabsan warbixinta { $reference } (ugu badnaan { $limit ->
        [one] { $limit } xaraf
       *[other] { $limit } xaraf
    }).
tips-answer-sent = Mahadsanid, jawaabtaada waxaa loo diray booliiska ({ $reference }).
tips-answer-limit-reached = Saacaddii u dambaysay jawaabo badan ayaad dirtay. Wax yar sug ka hor intaadan mar kale qorin. Xaalad degdeg ah: wac 112.

# A photo sent as a file (issue 8.2): it keeps its EXIF, so it is refused
tips-photo-as-file = Sawirkaas wuxuu u yimid fayl ahaan. Faylku badanaa wuxuu hayaa meesha iyo waqtiga sawirka la qaaday iyo telefoonka lagu qaaday, sidaa darteed ma aqbalo. Taa beddelkeeda u dir sawir ahaan (ka dooro sawirrada, ha u dirin fayl ahaan): markaas Telegram ayaa tirtiraya macluumaadkaas. Ama riix badhan.
