### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### Tips to the kommunpolis, the resident's side: the notice, the steps, the reference, /mytips, answers.

# The office hours of the Dals-Ed campaign (bot/campaigns/dals-ed-2017.toml, [tips]).
campaign-tips-office-hours = ኣብ መዓልታት ስራሕ፣ ኣብ ግዜ ስራሕ
tips-office-hours-unknown = ኣብ ግዜ ስራሕ

tips-menu-button = ናብ ፖሊስ ኮሙን ሓበሬታ ስደዱ
tips-help-commands =
    /tip – ናብ ፖሊስ ኮሙን ሓበሬታ ስደዱ
    /mytips – ሓበሬታታትኩምን ኣበይ ከም ዝበጽሑን ርኣዩ
command-tip = ናብ ፖሊስ ሓበሬታ ስደዱ
command-mytips = ሓበሬታታትኩምን ኩነታቶምን
tips-not-offered = እዚ ኣገልግሎት ሓበሬታ ኣይቕበልን እዩ። ናብ ፖሊስ ብ 114 14 ደውሉ፣ ወይ ህጹጽ እንተኾይኑ ናብ 112።
tips-privacy-note =
    ናብ ፖሊስ ኮሙን ሓበሬታ እንተሰዲድኩም፦
    • ባዕልኹም ስምኩምን ቁጽሪ ቴሌፎንኩምን ክትገድፉ እንተዘይመሪጽኩም፣ ፖሊስ መን ምዃንኩም ኣይፈልጡን።
    • ፖሊስ ስምኩም፣ ስም ተጠቃሚ ወይ ሕሳብኩም ኣብዚ ፈጺሞም ኣይርእዩን። እቲ ሓበሬታ ከም መልስታትኩም ብኮድ ምስ ቻትኩም ይተኣሳሰር፣ ብ /mytips ክትከታተልዎ ምእንቲ ክትኽእሉ። መልሲ ክህቡኹም ምእንቲ ክኽእሉ፣ እቲ ሓበሬታ ካብ ኣየናይ ቻት ከም ዝመጸ፣ ካብቲ ሓበሬታ ተፈሊዩ ንዕቅብ። እዚ ድማ እቲ ሓበሬታ ምስ ተዓጽወ ድሕሪ { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    }፣ ወይ /forget ምስ ጸሓፍኩም ይድምሰስ።
    • ፖሊስ ዝተቐበልዎ ሓበሬታ ህዝባዊ ሰነድ (allmän handling) ይኸውን። /forget እንተጸሓፍኩም'ውን እቲ ጽሑፍ ኣብ ፖሊስ ይተርፍ፣ እቲ ምሳኹም ዘራኽቦ ግን ይድምሰስ።
tips-mydata = ዝሰደድኩምዎ ሓበሬታታት፦ { $count } (ብ /mytips ርኣይዎም)
tips-forget-note =
    { $count ->
        [one] ሓበሬታኹም ከም ህዝባዊ ሰነድ ኣብ ፖሊስ ይተርፍ፣ ምሳኹም ዘራኽቦ ኩሉ ግን ይድምሰስ፦ እቲ መልሲ እንሰደሉ ቻት፣ ስምኩምን ቁጽሪ ቴሌፎንኩምን እንተገዲፍኩምዎም፣ ከምኡ'ውን እተዓቀብኩምሉ ኮድ። ድሕሪኡ ፖሊስ ብዛዕባኡ ክምልሱልኩም ኣይክእሉን እዮም።
       *[other] ሓበሬታታትኩም ({ $count }) ከም ህዝባዊ ሰነዳት ኣብ ፖሊስ ይተርፉ፣ ምሳኹም ዘራኽቦም ኩሉ ግን ይድምሰስ፦ እቲ መልሲ እንሰደሉ ቻት፣ ስምኩምን ቁጽሪ ቴሌፎንኩምን እንተገዲፍኩምዎም፣ ከምኡ'ውን እተዓቀብኩምሉ ኮድ። ድሕሪኡ ፖሊስ ብዛዕባኦም ክምልሱልኩም ኣይክእሉን እዮም።
    }

tips-notice-intro = ኣብዚ ናብ ፖሊስ ኮሙን (kommunpolis) ሓበሬታ ክትሰዱ ትኽእሉ ኢኹም። ሓበሬታ ወግዓዊ ክሲ ናብ ፖሊስ (polisanmälan) ኣይኮነን፦ ገበን ብወግዒ ክትከሱ እንተደሊኹም ናብ 114 14 ደውሉ ወይ ናብ polisen.se ኪዱ። መጀመርታ፣ ክትፈልጥዎም ዝጠቕሙ ገለ ነገራት፦
tips-notice-office-hours = ሓበሬታታት { $hours } ይንበቡ፣ ምሉእ መዓልትን ለይትን ኣይኮነን። ቅልጡፍ መልሲ ኣይትጽበዩ።
tips-notice-public-record = ፖሊስ ዝቕበልዎ ሓበሬታ ህዝባዊ ሰነድ (allmän handling) ይኸውን። እዚ ማለት ካልኦት ከንብብዎ ክሓቱ ይኽእሉ እዮም። ካልእ ሰብ ከንብቦ ቅድሚ ምፍቃዱ፣ ፖሊስ እቲ ሓበሬታ ብምስጢር ክዕቀብ ይግባእ እንተኾይኑ ይግምግሙ (ግምገማ ምስጢራውነት)።
tips-notice-anonymous = ፖሊስ መን ምዃንኩም ኣይርእዩን፦ ንዕኦም ስምኩም ኣይፍለጥን። እቲ ኣገልግሎት ነቲ ሓበሬታ ብኮድ ምስ ቻትኩም የተኣሳስሮ፣ ብ /mytips ክትከታተልዎን ኣብዚ መልሲ ክትቅበሉን ምእንቲ። ክረኽቡኹም እንተደሊኹም፣ ባዕልኹም ስምኩምን ቁጽሪ ቴሌፎንኩምን ክትገድፉ ትኽእሉ ኢኹም። ዝኾነ ስጉምቲ ክትሓልፉ ወይ ኣብ ዝደለኹምዎ ግዜ ክትሰርዙ ትኽእሉ ኢኹም።
tips-continue-button = ቀጽሉ
tips-cancel-button = ሰርዙ
tips-skip-button = ሕለፉ
tips-cancelled = ሕራይ፣ እቲ ሓበሬታ ኣይተሰደደን።
tips-blocked = ይቕሬታ፣ ካባኹም ኣብዚ ደጊም ሓበሬታ ኣይንቕበልን ኢና። ህጹጽ ኩነታት ወይ ሕጂ ዝፍጸም ዘሎ ገበን፦ ናብ 112 ደውሉ። ብኻልእ ጉዳይ ፖሊስ ክትረኽቡ፦ ናብ 114 14 ደውሉ።
tips-limit-reached = ኣብ ዝሓለፈ ሰዓት { $limit ->
        [one] { $limit } ሓበሬታ
       *[other] { $limit } ሓበሬታታት
    } ሰዲድኩም፣ እዚ ድማ እቲ ደረት እዩ። ቁሩብ ተጸበዩ እሞ ደጊምኩም ፈትኑ። ህጹጽ ኩነታት፦ ናብ 112 ደውሉ።

tips-topic-question = እቲ ሓበሬታ ብዛዕባ እንታይ እዩ? ርግጸኛታት እንተዘይኮንኩም፣ «ካልእ ነገር» ምረጹ።
tips-topic-crime = ገበን ወይ ረብሻ
tips-topic-other = ካልእ ነገር

tips-text-question = እንታይ ከም ዝኾነ ብቓላትኩም ንገሩና፦ እንታይ፣ ኣበይን መዓስን። ብዝደለኹምዎ ቋንቋ ጽሓፉ (ብዝለዓለ { $limit ->
        [one] { $limit } ፊደል
       *[other] { $limit } ፊደላት
    })። ስእልታት ወይ ቦታ ጥራይ ክትሰዱ እንተደሊኹም፣ ነቲ ጽሑፍ ክትሓልፍዎ ትኽእሉ ኢኹም።
tips-text-only = ኣብዚ ጽሑፍ ጥራይ እየ ከንብብ ዝኽእል። ነቲ ሓበሬታ ከም ንቡር መልእኽቲ ጽሓፍዎ።
tips-text-empty = እቲ መልእኽቲ ባዶ ነይሩ። በጃኹም ሒደት ቃላት ጽሓፉ።
tips-text-too-long = እቲ ጽሑፍ { $length ->
        [one] { $length } ፊደል
       *[other] { $length } ፊደላት
    } እዩ፣ ግን ብዝለዓለ { $limit } ክኸውን ኣለዎ። ኣሕጽርዎ እሞ ደጊምኩም ስደድዎ።

tips-photos-question = ስእልታት ክተተሓሕዙ ትደልዩ ዶ? ክሳብ { $limit ->
        [one] { $limit } ስእሊ
       *[other] { $limit } ስእልታት
    } ስደዱ፣ ሓደ ብሓደ ወይ ብሓባር። ድሕሪኡ «ተወዲኡ» ጠውቑ። ክትሓልፍዎ'ውን ትኽእሉ ኢኹም።
tips-photos-done-button = ተወዲኡ ({ $count ->
        [one] { $count } ተተሓሒዙ
       *[other] { $count } ተተሓሒዞም
    })
tips-photos-only = ኣብዚ ስእልታት ጥራይ እየ ክቕበል ዝኽእል (ፋይላት፣ ቪድዮታት ወይ ስቲከራት ኣይኮነን)። ስእሊ ስደዱ፣ ወይ ሓደ መጠወቒ ጠውቑ።
tips-photos-full = ድሮ { $limit ->
        [one] { $limit } ስእሊ
       *[other] { $limit } ስእልታት
    } ኣተሓሒዝኩም ኣለኹም፣ እዚ ድማ እቲ ዝለዓለ ቁጽሪ እዩ።
tips-photo-added = ስእሊ { $count } ካብ ብዝለዓለ { $limit } ተወሲኹ። ካልኦት ስደዱ፣ ወይ «ተወዲኡ» ጠውቑ።
# The same steps where the channel shows a file picker and a "share my location" button (the web chat).
tips-photos-question-form = ስእልታት ክተተሓሕዙ ትደልዩ ዶ? ብእቲ ኣብ ታሕቲ ዘሎ መጠወቒ ስእሊ ምረጹ (JPEG፣ PNG ወይ WebP)፣ ሓደ ብሓደ፣ ክሳብ { $limit ->
        [one] { $limit } ስእሊ
       *[other] { $limit } ስእልታት
    }። ድሕሪኡ «ተወዲኡ» ጠውቑ። ክትሓልፍዎ'ውን ትኽእሉ ኢኹም።
tips-photos-only-form = ኣብዚ ስእልታት ጥራይ እየ ክቕበል ዝኽእል። ብእቲ ኣብ ታሕቲ ዘሎ መጠወቒ ስእሊ ምረጹ፣ ወይ ሓደ መጠወቒ ጠውቑ።
tips-photo-added-form = ስእሊ { $count } ካብ ብዝለዓለ { $limit } ተወሲኹ። ብእቲ ኣብ ታሕቲ ዘሎ መጠወቒ ካልኦት ምረጹ፣ ወይ «ተወዲኡ» ጠውቑ።
tips-photo-too-large = እቲ ስእሊ ኣዝዩ ዓቢ እዩ። ብዝለዓለ { $limit } MB ክኸውን ኣለዎ። ዝነኣሰ ስእሊ ምረጹ፣ ወይ ሕለፉ።
tips-photo-not-an-image = እዚ ፋይል ክቕበሎ ዝኽእል ስእሊ ኣይኮነን። ብቕርጺ JPEG፣ PNG ወይ WebP ዘሎ ስእሊ ምረጹ።

tips-location-question = ኣበይ ምዃኑ ከተርእዩ ትደልዩ ዶ? ቦታ ኣካፍሉ፦ ነቲ መትሓዚ (📎) ጠውቑ እሞ «Location» (ቦታ) ምረጹ። ወይ ኣበይ ምዃኑ ብሓጺሩ ጽሓፉ (ብዝለዓለ { $limit ->
        [one] { $limit } ፊደል
       *[other] { $limit } ፊደላት
    })። ክትሓልፍዎ'ውን ትኽእሉ ኢኹም።
tips-location-hint = ኣብዚ ዝተኻፈለ ቦታ ወይ ሓጺር መግለጺ ናይቲ ቦታ እየ ክቕበል ዝኽእል። ነቲ መትሓዚ (📎) ጠውቑ እሞ «Location» (ቦታ) ምረጹ፣ ኣበይ ምዃኑ ጽሓፉ – ወይ ሕለፉ።
tips-location-question-form = ኣበይ ምዃኑ ከተርእዩ ትደልዩ ዶ? ነቲ ኣብ ታሕቲ ዘሎ «ቦታይ ኣካፍሉ» ተጠቐሙ፣ ወይ ኣብ ሳጹን መልእኽቲ ኣበይ ምዃኑ ብሓጺሩ ጽሓፉ (ብዝለዓለ { $limit ->
        [one] { $limit } ፊደል
       *[other] { $limit } ፊደላት
    })። ክትሓልፍዎ'ውን ትኽእሉ ኢኹም።
tips-location-hint-form = ኣብዚ ቦታኹም ወይ ሓጺር መግለጺ ናይቲ ቦታ እየ ክቕበል ዝኽእል። «ቦታይ ኣካፍሉ» ተጠቐሙ፣ ኣበይ ምዃኑ ጽሓፉ – ወይ ሕለፉ።
tips-location-added = እቲ ቦታ ተወሲኹ።
tips-place-too-long = መግለጺ ናይቲ ቦታ { $length ->
        [one] { $length } ፊደል
       *[other] { $length } ፊደላት
    } እዩ፣ ግን ብዝለዓለ { $limit } ክኸውን ኣለዎ። ኣሕጽርዎ።
tips-place-added = እቲ ቦታ ተወሲኹ።

tips-contact-question = ፖሊስ መን ምዃንኩም ኣይፈልጡን። ፖሊስ ክረኽቡኹም ክኽእሉ ትደልዩ ዶ? እዚ ምሉእ ብምሉእ ብድሌት እዩ።
tips-anonymous-button = ኣይፋል፣ ስመይ ክፍለጥ ኣይደልን
tips-contact-me-button = እወ፣ ስመይን ቴሌፎነይን ክገድፍ እየ
tips-name-question = ስምኩም መን እዩ? (ብድሌት – ክትሓልፍዎ ትኽእሉ ኢኹም።)
tips-name-invalid = ስምኩም ብዝለዓለ { $limit ->
        [one] { $limit } ፊደል
       *[other] { $limit } ፊደላት
    } ጽሓፉ፣ ወይ ሕለፉ።
tips-phone-question = ፖሊስ ብኣየናይ ቁጽሪ ቴሌፎን ክረኽቡኹም ይኽእሉ? (ብድሌት – ክትሓልፍዎ ትኽእሉ ኢኹም።)
tips-phone-invalid = እዚ ቁጽሪ ቴሌፎን ኣይመስልን። ነቲ ቁጽሪ ብኣሃዛት ጽሓፍዎ፣ ንኣብነት 070-123 45 67፣ ወይ ሕለፉ።

tips-empty = እቲ ሓበሬታ ባዶ እዩ። ብዛዕባ እቲ ጉዳይ ሒደት ቃላት ጽሓፉ፣ ወይ ስእሊ ወይ ቦታ ኣተሓሕዙ።
tips-summary-intro = ሓበሬታኹም ከምዚ ይመስል፦
tips-summary-topic = ጉዳይ፦ { $topic }
tips-summary-text = ጽሑፍ፦ «{ $text }»
tips-summary-no-text = ጽሑፍ፦ (የለን)
tips-summary-photos =
    { $count ->
        [0] ስእልታት፦ የለን
       *[other] ስእልታት፦ { $count }
    }
tips-summary-location-yes = ቦታ፦ ተተሓሒዙ
tips-summary-location-no = ቦታ፦ የለን
tips-summary-place = ዝተገለጸ ቦታ፦ «{ $place }»
tips-summary-contact = ርክብ፦ { $name }፣ { $phone }። ፖሊስ ክረኽቡኹም ይኽእሉ እዮም።
tips-summary-anonymous = ርክብ፦ የለን – ፖሊስ መን ምዃንኩም ኣይፈልጡን።
tips-summary-not-given = (ኣይተሃበን)
tips-summary-question = ነቲ ሓበሬታ ናብ ፖሊስ ኮሙን ክትሰድዎ ትደልዩ ዶ?
tips-send-button = ነቲ ሓበሬታ ስደድዎ

tips-sent = የቐንየልና! ሓበሬታኹም ተሰዲዱ። ቁጽሪ መወከሲኹም { $reference } እዩ – ብዛዕባ እቲ ሓበሬታ ክትሓቱ እንተደሊኹም ዕቀብዎ።
tips-next-steps = ፖሊስ ኮሙን ነቲ ሓበሬታ { $hours } የንብብዎ። ፖሊስ ኩነታት እቲ ሓበሬታ እንተቐየሩ ወይ እንተጸሓፉልኩም፣ ኣብዚ ምስ ቁጽሪ መወከሲ መልእኽቲ ክበጽሓኩም እዩ።
tips-mytips-hint = ሓበሬታታትኩምን ኣበይ ከም ዝበጽሑን ንምርኣይ /mytips ጽሓፉ።

tips-mytips-none = ዝኾነ ሓበሬታ ኣይሰደድኩምን። ሓደ ንምስዳድ /tip ጽሓፉ።
tips-mytips-intro =
    { $count ->
        [one] ሓበሬታኹም፦
       *[other] ሓበሬታታትኩም ({ $count })፣ እቲ ናይ መወዳእታ ቅድም፦
    }
tips-mytips-item =
    { $reference } – { $date }
    { $topic } – { $status }
tips-status-name-new = ተቐቢልናዮ፣ ክንበብ ይጽበ ኣሎ
tips-status-name-taken = ፖሊስ ይሰርሕሉ ኣለዉ
tips-status-name-closed = ተዓጽዩ

tips-status-changed-new = ሓበሬታኹም { $reference } ፖሊስ ክሕዝዎ ደጊሙ ይጽበ ኣሎ።
tips-status-changed-taken = ፖሊስ ኮሙን ሕጂ ኣብ ሓበሬታኹም { $reference } ይሰርሑ ኣለዉ።
tips-status-changed-closed = ፖሊስ ኮሙን ንሓበሬታኹም { $reference } ዓጺዮምዎ። ስለ ዝተራኸብኩምና የቐንየልና!
tips-officer-wrote = ፖሊስ ኮሙን ብዛዕባ ሓበሬታኹም { $reference } ጽሒፎምልኩም፦
tips-answer-hint = ክትምልሱ ትደልዩ ዶ? «ምለሱ» ጠውቑ። ፖሊስ ሕጂ'ውን መን ምዃንኩም ኣይፈልጡን።
tips-answer-button = ምለሱ
tips-answer-unknown = ነዚ ሓበሬታ ኣብ መንጎ ሓበሬታታትኩም ደጊም ክረኽቦ ኣይከኣልኩን።
tips-answer-question = ብዛዕባ ሓበሬታ { $reference } ንፖሊስ መልስኹም ጽሓፉ (ብዝለዓለ { $limit ->
        [one] { $limit } ፊደል
       *[other] { $limit } ፊደላት
    })።
tips-answer-sent = የቐንየልና፣ መልስኹም ናብ ፖሊስ ተሰዲዱ ({ $reference })።
tips-answer-limit-reached = ኣብ ዝሓለፈ ሰዓት ብዙሕ መልስታት ሰዲድኩም። ደጊምኩም ቅድሚ ምጽሓፍኩም ቁሩብ ተጸበዩ። ህጹጽ ኩነታት፦ ናብ 112 ደውሉ።

# A photo sent as a file (issue 8.2): it keeps its EXIF, so it is refused
tips-photo-as-file = እዚ ስእሊ ከም ፋይል እዩ መጺኡ። ፋይል መብዛሕትኡ ግዜ እቲ ስእሊ ኣበይን መዓስን ብኣየናይ ቴሌፎንን ከም ዝተሳእለ ይሕዝ፣ ስለዚ ኣይቅበሎን እየ። ኣብ ክንድኡ ከም ስእሊ ስደዱዎ (ካብ ጋለሪ ምረጽዎ፣ ከም ፋይል ኣይኮነን)፣ ሽዑ ቴሌግራም ነቲ ሓበሬታ የጥፍኦ። ወይ ሓደ መጠወቒ ጠውቑ።
