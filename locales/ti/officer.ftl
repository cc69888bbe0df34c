### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### Tips to the kommunpolis, the officer's side: what the officer chat shows and says.

officer-chat-tip-title = ሓድሽ ሓበሬታ { $reference }
officer-chat-tip-facts =
    ጉዳይ፦ { $topic }
    ቋንቋ ጽሑፍ፦ { $language }
    ሓበሬታ ዝሃበ ብዚ ቋንቋ ይጽሕፍ፦ { $locale }
    ዝበጽሓሉ፦ { $date }
officer-chat-tip-no-text = (ጽሑፍ የብሉን፣ ስእልታት ወይ ቦታ ጥራይ።)
officer-chat-tip-contact = ሓበሬታ ዝሃበ ክረኽብዎ ይደሊ፦ { $name }፣ ቴሌ. { $phone }
officer-chat-tip-anonymous = ሓበሬታ ዝሃበ ስሙ ኣይፍለጥን።
officer-chat-tip-attachments = ተተሓሒዙ፦ { $count ->
        [one] { $count } ስእሊ
       *[other] { $count } ስእልታት
    }፣ { $location } (ኣብ ታሕቲ ይስደድ)።
officer-chat-tip-has-location = ቦታ
officer-chat-tip-no-location = ቦታ የለን
officer-chat-tip-place = እቲ ቦታ ብቓላት ሓበሬታ ዝሃበ፦ { $place }
officer-chat-reply-hint = ናብቲ ሓበሬታ ዝሃበ ንምጽሓፍ ነዚ መልእኽቲ መልሱ። ቃላትኩም ከም ዝጸሓፍኩምዎ፣ ብዘይ ስምኩም ይስደድ፣ ንስኹም'ውን መን ምዃኑ ኣይትፈልጡን።
officer-chat-photos-caption = ስእሊ ን ሓበሬታ { $reference }
officer-chat-answer-title = ሓበሬታ ዝሃበ ብዛዕባ { $reference } ይምልስ፦
officer-chat-language-name =
    { $code ->
        [sv] ሽወደንኛ
        [en] እንግሊዝኛ
        [ar] ዓረብኛ
        [fa] ዳሪ/ፋርስኛ
        [so] ሶማልኛ
        [ti] ትግርኛ
        [uk] ዩክሬንኛ
        [und] ዘይፍለጥ
       *[other] { officer-language-other }
    }

officer-chat-taken-button = ሓዞ
officer-chat-closed-button = ዕጸዎ
officer-chat-new-button = ናብ ሓድሽ ምለሶ
officer-chat-block-button = ሓበሬታ ዝሃበ ዕገቶ
officer-chat-unblock-button = ዕገታ ኣልዕል
officer-chat-status-name-new = ሓድሽ
officer-chat-status-name-taken = ተታሒዙ
officer-chat-status-name-closed = ተዓጽዩ

officer-chat-status-set = ሓበሬታ { $reference } ሕጂ { $status } እዩ።
officer-chat-status-unchanged = ሓበሬታ { $reference } ድሮ { $status } ነይሩ።
officer-chat-tipster-notified = ሓበሬታ ዝሃበ ክሕበሮ እዩ።
officer-chat-tipster-not-notified = ሓበሬታ ዝሃበ ደጊም ክርከብ ኣይክእልን፣ ኣይሕበሮን ድማ።
officer-chat-no-such-tip = ሓበሬታ { $reference } የለን።
officer-chat-message-queued = መልስኹም ናብቲ ሓበሬታ ዝሃበ ይስደድ ኣሎ ({ $reference })።
officer-chat-tipster-unreachable = ሓበሬታ ዝሃበ { $reference } ደጊም ክርከብ ኣይክእልን (እቲ ሓበሬታ ቅድሚ ነዊሕ ግዜ ተዓጽዩ፣ ወይ ሓበሬታ ዝሃበ ሓበሬታኡ ደምሲሱ)። ዋላ ሓንቲ ኣይተሰደደን።
officer-chat-message-empty = እቲ መልእኽቲ ባዶ ነይሩ፤ ዋላ ሓንቲ ኣይተሰደደን።
officer-chat-message-too-long = እቲ መልእኽቲ ኣዝዩ ነዊሕ እዩ (ብዝለዓለ { $limit ->
        [one] { $limit } ፊደል
       *[other] { $limit } ፊደላት
    })፤ ዋላ ሓንቲ ኣይተሰደደን።
officer-chat-blocked = ሓበሬታ ዝሃበ { $reference } ተዓጊቱ፣ ተወሳኺ ሓበሬታ ወይ መልሲ ክሰድድ ኣይክእልን።
officer-chat-already-blocked = ሓበሬታ ዝሃበ { $reference } ድሮ ተዓጊቱ ነይሩ።
officer-chat-unblocked = ዕገታ ሓበሬታ ዝሃበ { $reference } ተላዒሉ።
officer-chat-not-blocked = ሓበሬታ ዝሃበ { $reference } ኣይተዓገተን ነይሩ።
officer-chat-block-unlinked = ሓበሬታ ዝሃበ { $reference } ሓበሬታኡ ደምሲሱ፣ ደጊም ክልለ ኣይክእልን፣ ንዕገታ'ውን እንተኾነ።
officer-chat-not-allowed = ኣብዚ ሓበሬታታት ክሕዙ ዝኽእሉ ፍቓድ ዘለዎም ፖሊስ ኮሙን ጥራይ እዮም። ዋላ ሓንቲ ኣይተሰደደን።
officer-chat-reply-no-tip = እዚ መልእኽቲ ናይ ዝኾነ ሓበሬታ ኣይኮነን። ነቲ ሓበሬታ ባዕሉ ወይ ነቲ መልሲ ሓበሬታ ዝሃበ መልሱ።
officer-chat-text-only = ናብ ሓበሬታ ዝሃበ ጽሑፍ ጥራይ እዩ ክሰጋገር ዝኽእል።
officer-chat-edit-ignored = ለውጥታት መልእኽትታት ኣይሰጋገሩን። ዝእረም ነገር እንተሎ ሓድሽ መልሲ ጽሓፉ።
officer-chat-unknown-button = ነዚ መጠወቒ ኣይፈልጦን።
officer-chat-help =
    ናብ ፖሊስ ኮሙን ዝተሰደዱ ሓበሬታታት ኣብዚ ይበጽሑ።
    • ኣብ ትሕቲ ሓበሬታ ዘለዉ መጠወቕታት ኩነታቱ ይውስኑ (ተታሒዙ፣ ተዓጽዩ፣ ሓድሽ)፤ ሓበሬታ ዝሃበ ይሕበሮ።
    • ንሓበሬታ፣ ወይ ንመልሲ ሓበሬታ ዝሃበ መልሱ፣ መልስኹም ድማ ናብ ሓበሬታ ዝሃበ ይስደድ።
    • «ሓበሬታ ዝሃበ ዕገቶ» ካብ ሓደ ሰብ ዝመጽእ ተወሳኺ ሓበሬታ የቋርጽ፣ መን ምዃኑ ከይፈለጥኩም።
