### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### The web chat: page texts around the conversation (the conversation itself is in the other files).

web-site-name = ዘተ ተቐማጦ { $municipality }
web-site-tagline = ፖሊስን ኮሙንን { $municipality }
web-skip-to-content = ናብ ትሕዝቶ ሕለፉ
web-language-label = ቋንቋ
web-language-change = ቋንቋ ቀይሩ
web-conversation = እቲ ዘተ
web-start = ጀምሩ
web-sender-bot = ዘተ ተቐማጦ
web-sender-resident = ንስኹም
web-sender-officer = ፖሊስ ኮሙን
web-message-label = መልእኽትኹም
web-message-hint = ብናይ ገዛእ ርእስኹም ቃላት፣ ብዝደለኹምዎ ቋንቋ ጽሓፉ። እንተዘየድሊ ስምኩም ወይ ስም ካልኦት ኣይትጽሓፉ።
web-send = ስደዱ
web-menu-heading = ተወሳኺ ምርጫታት
web-footer-privacy = እቲ ዘተ ን{ $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    } ይዕቀብ፣ ኣብ ኩኪ (cookie) ናይዚ ብራውዘር ብዘሎ ብኣጋጣሚ ዝተመርጸ ኮድ፣ ናብኡ ክትምለሱን ንሓበሬታታትኩም ዝተዋህበ መልሲ ከተንብቡን ምእንቲ። ስም ኣይዕቀብን፣ ኩሉ ድማ ብ«ውልቃዊ ሓበሬታኹም ደምስሱ» ክትድምስስዎ ትኽእሉ ኢኹም።
web-footer-contact = ርክብ፦ { $name }፣ { $title }፣ ቴሌፎን { $phone }።
web-footer-officer-link = ምእታው ንፖሊስን ሰራሕተኛታት ኮሙንን
web-error-forbidden = እቲ ቅጥዒ ክለኣኽ ኣይከኣለን። ነቲ ገጽ ደጊምኩም ጽዓንዎ እሞ ደጊምኩም ፈትኑ።
web-error-not-found = እዚ ገጽ የለን።
web-error-too-large = ዝለኣኽኩምዎ ኣዝዩ ዓቢ እዩ።
web-error-too-many = ብዙሕ ፈተነታት። ቁሩብ ተጸበዩ እሞ ደጊምኩም ፈትኑ።
web-error-general = ኣብ ወገንና ጌጋ ኣጋጢሙ። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
web-error-back = ናብ ዘተ ተቐማጦ ተመለሱ

# The tip's photo and place steps in the web chat (handlers/tips.py words the prompts).
web-photo-label = ስእሊ ምረጹ (JPEG፣ PNG ወይ WebP፣ ብዝለዓለ { $limit } MB)
web-photo-send = ነቲ ስእሊ ወስኹ
web-location-share = ቦታይ ኣካፍሉ
web-location-failed = ቦታኹም ክንበብ ኣይከኣለን። ኣብ ክንድኡ ኣበይ ምዃኑ ብሓጺሩ ጽሓፉ።

# The web chat's per-client limit (issue 8.9, bot/channels/web/flood.py)
web-error-flood = ኣብ ሓጺር ግዜ ካብ ናይ ኢንተርነት ምትእስሳርኩም ኣዝዮም ብዙሓት መልእኽታት መጺኦም፣ ስለዚ እቲ ዕላል ንቁሩብ ግዜ ደው ይብል። ሕጂ ዝሰደድኩምዎ ኣይበጽሐን፦ ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ስደዱዎ። ህጹጽ ኩነታት፦ ናብ 112 ደውሉ።
