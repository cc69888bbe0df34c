### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### Tips to the kommunpolis, the officer's side: what the officer chat shows and says.

officer-chat-tip-title = Warbixin cusub { $reference }
officer-chat-tip-facts =
    Mawduuca: { $topic }
    Luqadda qoraalka: { $language }
    Warbixiyuhu wuxuu ku wada-sheekaystaa: { $locale }
    Waxay timid: { $date }
officer-chat-tip-no-text = (Qoraal ma leh, sawirro ama goob oo keliya.)
officer-chat-tip-contact = Warbixiyuhu wuxuu rabaa in lala soo xiriiro: { $name }, tel. { $phone }
officer-chat-tip-anonymous = Warbixiyuhu waa magac la'aan.
officer-chat-tip-attachments = Lifaaqyo: { $count ->
        [one] { $count } sawir
       *[other] { $count } sawir
    }, { $location } (hoos ayaa lagu dirayaa).
officer-chat-tip-has-location = goob
officer-chat-tip-no-location = goob ma jirto
officer-chat-tip-place = Meesha sida warbixiyuhu u sharraxay: { $place }
officer-chat-reply-hint = Ka jawaab fariintan si aad ugu qorto warbixiyaha. Erayadaada sida aad u qortay ayaa loo dirayaa, magacaaga la'aan, adiguna ma ogaan doontid cidda warbixiyuhu yahay.
officer-chat-photos-caption = Sawir loogu talagalay warbixinta { $reference }
officer-chat-answer-title = Warbixiyaha ayaa ka jawaabay { $reference }:
officer-chat-language-name =
    { $code ->
        [sv] Iswiidhish
        [en] Ingiriisi
        [ar] Carabi
        [fa] Dari/Faarisi
        [so] Soomaali
        [ti] Tigriinya
        [uk] Yukreeniyaan
        [und] lama yaqaan
       *[other] { officer-language-other }
    }

officer-chat-taken-button = Qaado
officer-chat-closed-button = Xir
officer-chat-new-button = Ku celi cusub
officer-chat-block-button = Xannib warbixiyaha
officer-chat-unblock-button = Ka qaad xannibaadda
officer-chat-status-name-new = cusub
officer-chat-status-name-taken = la qaatay
officer-chat-status-name-closed = la xiray

officer-chat-status-set = Warbixinta { $reference } hadda waa { $status }.
officer-chat-status-unchanged = Warbixinta { $reference } horeba waa { $status }.
officer-chat-tipster-notified = Warbixiyaha waa loo sheegayaa.
officer-chat-tipster-not-notified = Warbixiyaha lama sii gaari karo, looma sheegi doono.
officer-chat-no-such-tip = Ma jirto warbixin { $reference }.
officer-chat-message-queued = Jawaabtaada waxaa loo dirayaa warbixiyaha ({ $reference }).
officer-chat-tipster-unreachable = Warbixiyaha { $reference } lama sii gaari karo (warbixinta waa la xiray waqti dheer ka hor, ama warbixiyuhu wuu tirtiray xogtiisa). Waxba lama dirin.
officer-chat-message-empty = Fariintu way madhnayd; waxba lama dirin.
officer-chat-message-too-long = Fariintu aad bay u dheer tahay (ugu badnaan { $limit ->
        [one] { $limit } xaraf
       *[other] { $limit } xaraf
    }); waxba lama dirin.
officer-chat-blocked = Warbixiyaha { $reference } waa la xannibay, mana diri karo warbixinno ama jawaabo kale.
officer-chat-already-blocked = Warbixiyaha { $reference } horeba waa la xannibay.
officer-chat-unblocked = Xannibaadda warbixiyaha { $reference } waa laga qaaday.
officer-chat-not-blocked = Warbixiyaha { $reference } lama xannibin.
officer-chat-block-unlinked = Warbixiyaha { $reference } wuu tirtiray xogtiisa, lamana sii aqoonsan karo, xataa xannibaad awgeed.
officer-chat-not-allowed = Kaliya saraakiisha booliiska degmada ee fasaxa leh ayaa halkan ka maamuli kara warbixinnada. Waxba lama dirin.
officer-chat-reply-no-tip = Fariintaasi kama tirsana warbixin. Ka jawaab warbixinta lafteeda ama jawaabta warbixiyaha.
officer-chat-text-only = Qoraal oo keliya ayaa loo gudbin karaa warbixiyaha.
officer-chat-edit-ignored = Wax ka beddelka fariimaha looma gudbiyo. Qor jawaab cusub haddii wax u baahan yihiin sixid.
officer-chat-unknown-button = Badhankaas ma aqoonsani.
officer-chat-help =
    Warbixinnada loo diro sarkaalka booliiska ee degmada halkan ayay yimaadaan.
    • Badhamada ka hooseeya warbixinta ayaa dejiya xaaladdeeda (la qaatay, la xiray, cusub); warbixiyaha waa loo sheegaa.
    • Ka jawaab warbixin, ama jawaabta warbixiyaha, jawaabtaadana waxaa loo dirayaa warbixiyaha.
    • “Xannib warbixiyaha” wuxuu joojiyaa warbixinno kale oo ka yimaada isla qofkaas, adigoon ogaan cidda uu yahay.
