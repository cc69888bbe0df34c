### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### The web chat: page texts around the conversation (the conversation itself is in the other files).

web-site-name = ዘተ ተቐማጦ { $municipality }
web-site-tagline = ፖሊስን ምምሕዳር ከተማን { $municipality }
web-skip-to-content = ናብ ትሕዝቶ ሕለፍ
web-language-label = ቋንቋ
web-language-change = ቋንቋ ቀይር
web-conversation = እቲ ዘተ
web-start = ጀምር
web-sender-bot = ዘተ ተቐማጦ
web-sender-resident = ንስኻ
web-sender-officer = ፖሊስ ከባቢ
web-message-label = መልእኽትኻ
web-message-hint = ብናይ ገዛእ ርእስኻ ቃላት፡ ብዝደለኻዮ ቋንቋ ጽሓፍ። እንተዘየድሊ ስምካ ወይ ስም ካልኦት ኣይትጽሓፍ።
web-send = ስደድ
web-menu-heading = ተወሳኺ ምርጫታት
web-footer-privacy = እቲ ዘተ ን{ $days } መዓልታት ይዕቀብ፣ ኣብ ኩኪ (cookie) ናይዚ ብራውዘር ብዘሎ ብኣጋጣሚ ዝተመርጸ ኮድ፣ ናብኡ ክትምለሱን ንሓበሬታታትኩም ዝተዋህበ መልሲ ከተንብቡን ምእንቲ። ስም ኣይዕቀብን፣ ኩሉ ድማ ብ«ሓበሬታኹም ደምስሱ» ክትድምስስዎ ትኽእሉ ኢኹም።
web-footer-contact = ርክብ፦ { $name }፡ { $title }፡ ተሌፎን { $phone }።
web-footer-officer-link = ምእታው ንፖሊስን ሰራሕተኛታት ምምሕዳርን
web-error-forbidden = እቲ ቅጥዒ ክለኣኽ ኣይከኣለን። ነቲ ገጽ ደጊምካ ጽዓኖ እሞ ደጊምካ ፈትን።
web-error-not-found = እዚ ገጽ የለን።
web-error-too-large = ዝለኣኽካዮ ኣዝዩ ዓቢ እዩ።
web-error-too-many = ብዙሕ ፈተነታት። ቁሩብ ተጸበ እሞ ደጊምካ ፈትን።
web-error-general = ኣብ ወገንና ጌጋ ኣጋጢሙ። በጃኻ ድሕሪ ቁሩብ ደጊምካ ፈትን።
web-error-back = ናብ ዘተ ተቐማጦ ተመለስ

# The tip's photo and place steps in the web chat (handlers/tips.py words the prompts).
web-photo-label = ስእሊ ምረጹ (JPEG፣ PNG ወይ WebP፣ ብዝለዓለ { $limit } MB)
web-photo-send = ነቲ ስእሊ ወስኽ
web-location-share = ቦታይ ኣካፍል
web-location-failed = ቦታኹም ክንበብ ኣይከኣለን። ኣብ ክንድኡ ኣበይ ምዃኑ ብሓጺሩ ጽሓፉ።
