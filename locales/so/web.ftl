### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### The web chat: page texts around the conversation (the conversation itself is in the other files).

web-site-name = Wadahadalka dadweynaha ee { $municipality }
web-site-tagline = Booliiska iyo degmada { $municipality }
web-skip-to-content = U bood nuxurka
web-language-label = Luqadda
web-language-change = Beddel luqadda
web-conversation = Wadahadalka
web-start = Bilow
web-sender-bot = Wadahadalka dadweynaha
web-sender-resident = Adiga
web-sender-officer = Sarkaalka booliiska ee degmada
web-message-label = Fariintaada
web-message-hint = Ku qor erayadaada, luqad kasta oo aad rabto. Ha qorin magacaaga ama magacyada dadka kale haddii aan loo baahnayn.
web-send = Dir
web-menu-heading = Doorashooyin kale
web-footer-privacy = Wadahadalka waxaa la kaydinayaa { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    }, iyadoo lagu xiray koodh si kedis ah loo sameeyay oo ku jira cookie-ga browser-kan, si aad ugu soo noqon karto oo aad u akhrido jawaabaha warbixinnadaada. Magac lama kaydiyo, waxaadna wax walba ku tirtiri kartaa “Tirtir xogtaada”.
web-footer-contact = Xiriir: { $name }, { $title }, telefoon { $phone }.
web-footer-officer-link = Gelitaanka booliiska iyo shaqaalaha degmada
web-error-forbidden = Foomka lama diri karin. Dib u soo rar bogga oo isku day mar kale.
web-error-not-found = Boggan ma jiro.
web-error-too-large = Waxa aad dirtay aad ayuu u weyn yahay.
web-error-too-many = Isku dayo aad u badan. Wax yar sug oo isku day mar kale.
web-error-general = Khalad ayaa nagu dhacay. Fadlan mar kale isku day wax yar kadib.
web-error-back = Ku noqo wadahadalka dadweynaha

# The tip's photo and place steps in the web chat (handlers/tips.py words the prompts).
web-photo-label = Dooro sawir (JPEG, PNG ama WebP, ugu badnaan { $limit } MB)
web-photo-send = Ku dar sawirka
web-location-share = La wadaag goobtayda
web-location-failed = Goobtaada lama akhrin karin. Taa beddelkeed si kooban u qor meesha ay tahay.

# The web chat's per-client limit (issue 8.9, bot/channels/web/flood.py)
web-error-flood = Fariimo aad u badan ayaa waqti gaaban ka yimid isku xirkaaga internetka, sidaa darteed wada-sheekaysigu wuu hakanayaa in yar. Wixii aad hadda dirtay ma gaarin: mar kale dir dhowr daqiiqo kadib. Xaalad degdeg ah: wac 112.
