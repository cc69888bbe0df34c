### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### Common texts: greeting, language, help, promises, menu, errors.

start-welcome = Ku soo dhawoow wadahadalka dadweynaha ee { $municipality }!
common-not-emergency = Halkan looma soo sheego xaaladaha degdegga ah. Haddii ay jirto xaalad degdeg ah ama dambi hadda dhacaya: wac 112. Si aad booliiska ula xiriirto marka aysan arrintu degdeg ahayn: wac 114 14.
common-use-buttons = Fadlan ku dooro badhamada hoose.
common-stale-button = Badhankaasi wuxuu ka tirsan yahay tallaabo hore, hadda mana shaqeynayo. Halkan ayaan ka sii wadaynaa:
common-unknown-command = Amarkaas ma aqaan. Qor /help si aad u aragto waxa aan qaban karo.
common-private-only = Waxaan ku hadlaa oo keliya wadahadallo gaar ah, si ay jawaabahaagu inoo dhexeeyaan keliya. Fadlan si toos ah ii soo qor.
common-edit-ignored = Ma akhriyo isbeddellada lagu sameeyo fariimaha horay loo diray. Fadlan taa beddelkeeda soo dir fariin cusub.
common-error = Waan ka xunnahay, cillad ayaa dhinaceenna ka dhacday, waxa aad soo dirtayna lama kaydin karin. Fadlan mar kale isku day wax yar kadib.
common-cancelled = Hagaag, waan joojinnay.

language-name = Soomaali
language-pick = Dooro luqaddaada:
language-set = Hadda waxaan ku hadlaynaa { $language }.
language-kept = Hagaag, isla luqaddan ayaan ku sii wadaynaa.
language-switch-offer = Waxay u muuqataa inaad ku qorayso { $language }. Ma rabtaa inaan u beddelo luqaddaas?
language-switch-yes = Haa, u beddel Soomaali
language-switch-no = Maya, ha beddelin

help-intro = Halkan waxaad booliiska iyo degmada { $municipality } ugu sheegi kartaa waxa kordhin lahaa ammaankaaga, kalsoonidaada iyo dareenkaaga nabadgelyo. Jawaabahaaga waxaa la kaydiyaa magacaaga la'aantiis, booliiska iyo degmaduna ma arkaan cidda qortay.
help-commands =
    Waxyaabaha aad samayn karto:
    /answer – ka jawaab su'aasha (mar kale)
    /promises – akhri ballanqaadyada
    /results – arag waxa wadahadalku sheegay
    /mydata – arag waxa lagaa kaydiyay
    /forget – tirtir wax kasta oo aad bixisay
    /language – beddel luqadda
    /privacy – akhri sida xogtaada loo maareeyo
    /cancel – jooji waxa aad hadda samaynayso
help-contact = Ma rabtaa inaad qof la hadasho? La xiriir { $name }, { $title }, telefoon { $phone }.

promises-intro = Ballanqaadka dadweynaha ee { $municipality }: tan ayay booliiska iyo degmadu ballanqaadeen, iyagoo ku saleynaya waxa dadka deegaanku sheegeen.
promises-area =
    ▪ { $area }
    { $promise }
    { $follow_up }

menu-what-next = Maxaad hadda rabtaa inaad samayso?
menu-use-buttons = Ma rabtaa inaad jawaab cusub bixiso? Riix “Bixi jawaab cusub”.
menu-another-answer = Bixi jawaab cusub
menu-promises = Akhri ballanqaadyada
menu-help = Caawimo

command-start = Bilow ama sii wad
command-answer = Ka jawaab su'aasha
command-promises = Ballanqaadyada
command-mydata = Arag waxa lagaa kaydiyay
command-forget = Tirtir xogtaada
command-language = Beddel luqadda
command-help = Caawimo iyo xiriir

# Delivery (the inbox): an update kept while the database cannot take it; the flood limit.
common-answer-later = Fariintaada waan helnay, laakiin hadda kuuma jawaabi karno. Sida ugu dhakhsaha badan ayaan kuugu jawaabi doonaa; uma baahnid inaad mar kale soo dirto.
common-too-many-messages = Waxaad soo diraysaa fariimo badan muddo gaaban gudaheed. Fadlan sug hal daqiiqo; fariimaha la soo diro intaas ka hor lama akhriyo.
