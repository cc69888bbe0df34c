### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### The pages the law asks for: the accessibility statement and the privacy notice (bot/server/legal.py).

legal-link-accessibility = መግለጺ ተበጻሕነት
legal-link-privacy = ውልቃዊ ሓበሬታኹም ብኸመይ ንሕዞ
legal-chat-links =
    ውልቃዊ ሓበሬታኹም ብኸመይ ንሕዞ፦ { $privacy }
    መግለጺ ተበጻሕነት፦ { $accessibility }

## መግለጺ ተበጻሕነት (ሕጊ ሽወደን (2018:1937))

a11y-title = መግለጺ ተበጻሕነት
a11y-intro = ኮሙን { $municipality } ነዚ መርበብ ሓበሬታ እዚ፣ ማለት ቻት መርበብ ናይ ዘተ ተቐማጦ፣ ሓላፍነት ይወስድ። ብዙሓት ሰባት ክጥቀሙሉ ክኽእሉ ንደሊ። ኣብዚ እቲ መርበብ ነቲ ሕጊ ሽወደን (2018:1937) ብዛዕባ ተበጻሕነት ዲጂታላዊ ህዝባዊ ኣገልግሎት ብኸመይ ከም ዘማልኦ፣ እንፈልጦም ጉድለታት፣ ከምኡ'ውን ጸገማት ብኸመይ ክትሕብሩና ከም እትኽእሉ ንገልጽ።
a11y-status-heading = እዚ መርበብ ክሳብ ክንደይ ተበጻሒ እዩ?
a11y-status = እቲ መርበብ ንጠለባት እቲ ሕጊ ብኸፊል የማልእ። እቲ ሕጊ ናብቲ ኣብ መምርሒታት WCAG 2.1 ደረጃ AA ዝተመስረተ መለክዒ EN 301 549 ይመርሕ። እንፈልጦም ጉድለታት ኣብ ታሕቲ ተጻሒፎም ኣለዉ።
a11y-works = እቲ ቻት መርበብ ብዘይ JavaScript፣ ብመጽሓፊ መሳርሒ (keyboard) ጥራይ፣ ምስ ኣንባቢ ስክሪን፣ ኣብ ስክሪን ሞባይል ከምኡ'ውን ምስ ዝዓበየ ጽሑፍ ይሰርሕ። ብሸውዓተ ቋንቋታት ይርከብ፣ ብዓረብኛን ዳሪን ድማ ካብ የማን ናብ ጸጋም ይርአ።
a11y-gaps-heading = እንፈልጦም ጉድለታት
a11y-gap-translations = ብቋንቋታት ካልእ ካብ ሽወደንኛ ዘለዉ ጽሑፋት ገና ብወለዶ ተዛረብቲ ዘይተገምገሙ ንድፍታት እዮም። ገለ ንጹር ዘይኮነ ወይ ጌጋ ክኸውን ይኽእል።
a11y-gap-ethiopic = ትግርኛ ብግእዝ ፊደል ይጽሓፍ። ቴሌፎንኩም ወይ ኮምፒተርኩም ነዚ ፊደል ዝኸውን ፎንት እንተ ዘይብሉ፣ እቲ ጽሑፍ ከም ሳጹናት ይርአ። እቲ መርበብ ናይ ባዕሉ ፎንት ኣይሰድድን።
a11y-gap-location = ቦታኹም ንምክፋል ዘሎ መጠወቒ JavaScript የድልዮ። ኩሉ ግዜ ነቲ ቦታ ብቃላትኩም ክትጽሕፍዎ ትኽእሉ ኢኹም።
a11y-gap-testing = እቲ መርበብ ብኣውቶማቲክ ፈተናታት (axe-core) ከምኡ'ውን ብመጽሓፊ መሳርሒ ተፈቲኑ እዩ፣ ግን ገና ብሰባት ኣንባቢ ስክሪን ወይ ካልእ ሓጋዚ መሳርሒ ዝጥቀሙ ኣይተፈተነን።
a11y-report-heading = ጸገማት ሓብሩና ወይ ትሕዝቶ ብካልእ መልክዕ ሕተቱ
a11y-report = ገለ ነገር እንተ ዘይሰርሓልኩም፣ ወይ ነቲ ትሕዝቶ ብካልእ መልክዕ እንተ ደሊኹምዎ፣ ንኣብነት ብድምጺ ዝተነበ፣ ኣብ ወረቀት ወይ ብዘይተረኽበ ቋንቋ፣ ሓብሩና። ምስ { $name } ተራኸቡ፦ ኢመይል { $email }፣ ቴሌፎን { $phone }።
a11y-supervision-heading = ቁጽጽር
a11y-supervision = ኤጀንሲ ዲጂታላዊ መንግስቲ (DIGG፣ Myndigheten för digital förvaltning) ነቲ ሕጊ ይቆጻጸሮ። ብኣተሓሕዛና ርእይቶኹም እንተ ዘይዓገብኩም፣ ናብ DIGG ክትሕብሩ ትኽእሉ ኢኹም፦ digg.se/tdosanmalan
a11y-made = እዚ መግለጺ ኣብ ናይ ባዕልና ገምጋም ናይቲ መርበብ ዝተመስረተ ኮይኑ ብ { $date } ተዳልዩ።

## ሓበሬታ ብዛዕባ ውልቃዊ ሓበሬታ (ዓንቀጽ 13 ናይ ሓፈሻዊ ሕጊ ሓለዋ ውልቃዊ ሓበሬታ፣ GDPR)

privacy-page-title = ውልቃዊ ሓበሬታኹም ብኸመይ ንሕዞ
privacy-page-intro = ኣብዚ ዘተ ተቐማጦ { $municipality } ብዛዕባኹም እንታይ ከም ዝዕቅብ፣ ስለምንታይ፣ ክሳብ መዓስ፣ መን ከንብቦ ከም ዝኽእል ከምኡ'ውን እንታይ መሰላት ከም ዘለኩም ተጻሒፉ ኣሎ።
privacy-page-controllers-heading = ንውልቃዊ ሓበሬታኹም መን ሓላፍነት ይወስድ
privacy-page-controllers = ኮሙን { $municipality } ንዘተ ተቐማጦን ንመልስታትኩምን ሓላፍነት ይወስድ። { $police } ድማ ነቲ ናብ ፖሊስ ኮሙን እትሰድዎ ሓበሬታታት ሓላፍነት ይወስድ።
privacy-page-contact = ብዛዕባ ኣብ ኮሙን ዘሎ ውልቃዊ ሓበሬታኹም ሕቶታት፦ { $name }፣ ኢመይል { $email }፣ ቴሌፎን { $phone }።
privacy-page-police-contact = ብዛዕባ ኣብ ፖሊስ ዘሎ ውልቃዊ ሓበሬታኹም ሕቶታት፦ { $police }፣ ቴሌፎን 114 14፣ polisen.se።
privacy-page-purposes-heading = ስለምንታይ ንዕቅቦ
privacy-page-purposes-answers = ፖሊስን ኮሙንን ነቲ መልስታት እንታይ ጸገማት ከም ዘለዉን ብዙሓት ሰባት ውሑስነት ክስምዖም እንታይ ክግበር ከም ዘለዎን ንምፍላጥ ይጥቀሙሉ።
privacy-page-purposes-tips = ፖሊስ ኮሙን ነቲ ሓበሬታታት ኣብ ስራሕ ፖሊስን መልሲ ክህበኩም ምእንቲ ክኽእልን ይጥቀመሉ።
privacy-page-basis-heading = ሕጋዊ መሰረት
legal-basis-public-task = ነቲ ውልቃዊ ሓበሬታ ንረብሓ ህዝቢ ዝፍጸም ዕማምን ከም ክፋል ወግዓዊ ስልጣንን ንምፍጻም ኢና እንሰርሓሉ (ዓንቀጽ 6.1 e ናይ ሓፈሻዊ ሕጊ ሓለዋ ውልቃዊ ሓበሬታ)።
privacy-page-stored-heading = እንታይ ንዕቅብን ክሳብ መዓስን
privacy-page-stored-answers = መልስታትኩም፣ ዝምልከትዎ ዓውዲ፣ ብድሌት ዝምለሱ ተወሰኽቲ ሕቶታት ከምኡ'ውን እትጥቀሙሉ ቋንቋ። ብኮድ እዮም ዝዕቀቡ፣ ብስምኩም፣ ብስም ተጠቃሚ ወይ ብቁጽሪ ቴሌፎንኩም ኣይኮነን። እቲ ኮድ ብምስጢራዊ መፍትሕ ካብ ሕሳብ ቻትኩም ይስራሕ። እቲ መልስታት ብኣውቶማቲክ ኣይድምሰስን፣ ብ /forget ክሳብ እትድምስስዎ ወይ ኮሙን ነቲ ውልቃዊ ሓበሬታ ናይ ዘተ ክሳብ ዝድምስሶ ይጸንሕ።
privacy-page-stored-before-consent = ቅድሚ ምስምማዕኩም፣ ዝመረጽኩምዎ ቋንቋን ኣበይ ኣብቲ ዘተ ከም ዘለኹምን ጥራይ ንዕቅብ።
privacy-page-stored-tips = ሓበሬታ (ዝጸሓፍኩምዎ፣ ስእልታት፣ ቦታ፣ ስምን ቁጽሪ ቴሌፎንን እንተ ሂብኩም) ሰነድ ፖሊስ ይኸውን፣ ከምቲ ንፖሊስ ዝምልከት ሕግታት ማህደርን ምድምሳስን ድማ ይዕቀብ። /forget ነቲ ሓበሬታ ኣይድምስሶን።
privacy-page-retention-tips = ናብኣኹም ዝመልስ መንገዲ (ቻትኩም) ከምኡ'ውን ዝሃብኩምዎ ስምን ቁጽሪ ቴሌፎንን ድሕሪ እቲ ሓበሬታ ምዕጻዉ ን{ $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    } ይድምሰስ፣ ወይ /forget ምስ ሰደድኩም ብቕጽበት።
privacy-page-stored-web = ኣብ ቻት መርበብ፣ እቲ ዘተ ን{ $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    } ኣብ ኩኪ (cookie) ናይ ብራውዘርኩም ብዘሎ ብኣጋጣሚ ዝተመርጸ ኮድ ይዕቀብ። ባዕልኹም ዝጸሓፍኩምዎ ድሕሪ ምስምማዕኩም ጥራይ ይዕቀብ።
privacy-page-stored-inbox = ኣብ ቴሌግራም ዝመጸ መልእኽቲ እቲ ቦት ክሳብ ዝምልሰሉ ከም ዝመጾ ይዕቀብ። ድሕሪኡ ቁጽሪ እቲ መልእኽቲ ጥራይ ን{ $hours ->
        [one] { $hours } ሰዓት
       *[other] { $hours } ሰዓታት
    } ይዕቀብ፣ ቴሌግራም ደጊሙ እንተ ሰደዶ እቲ ቦት ምእንቲ ክፈልጦ።
privacy-page-stored-photos = ንዘይተሰደደ ሓበሬታ ዝተሰቕለ ስእሊ ድሕሪ ሓደ መዓልቲ ይድምሰስ።
privacy-page-stored-logs = ኣድራሻ IP፣ ብራውዘር፣ ኩኪ ወይ መለለዪ ቻትኩም ኣብ ዝኾነ መዝገብ ፈጺምና ኣይንጽሕፍን፣ ዝጸሓፍኩምዎ እውን ኣይንጽሕፍን።
privacy-page-recipients-heading = መን ከንብቦ ይኽእል
privacy-page-recipients = ነቲ መልስታት ኣብ ዘተ ተቐማጦ ዝሰርሑ ሰራሕተኛታት ፖሊስን ኮሙንን የንብብዎ። ነቲ ኮድ ወይ ቻትኩም ፈጺሞም ኣይርእይዎን። ነቲ ሓበሬታታት ፖሊስ ኮሙን የንብብዎ፣ ባዕልኹም ስምኩም ወይ ቁጽሪ ቴሌፎንኩም እንተ ዘይሂብኩም ድማ መን ምዃንኩም ኣይፈልጡን። ዝኾነ ውልቃዊ ሓበሬታ ኣይንሸጥን፣ ንረኽላም እውን ንማንም ኣይንህብን።
privacy-page-public-records = ናብ መንግስታዊ ትካል እትሰድዎ ህዝባዊ ሰነድ (allmän handling) ክኸውን ይኽእል። ሽዑ ካልኦት ከንብብዎ ክሓቱ ይኽእሉ፣ ግን ቅድሚኡ ሚስጥራዊ ዝኾነ ነገር ከም ዘለዎ ይምርመር።
privacy-page-published = ፖሊስ ኮሙን ገለ መልስታት ከም ጥቕሲ ኣብቲ ህዝባዊ ገጽ ውጽኢታት ከርኢ ይኽእል፣ ምስ ዓውዶምን ቋንቋኦምን፣ መን ከም ዝጸሓፎም ግን ፈጺሙ ኣይግለጽን። ብዘይካኡ እቲ ገጽ ቁጽርታት ጥራይ የርኢ፣ ንዝኾነ ሰብ ከመልክት ዝኽእል ክሳብ ክንድኡ ዝወሓደ ድማ ፈጺሙ ኣይኮነን። ብ /forget ዝደምሰስኩምዎ መልሲ ካብኡ እውን ይጠፍእ።
privacy-page-telegram = ቴሌግራም እንተ ተጠቒምኩም፣ መልእኽትታትኩም ብቴሌግራም ይሓልፍ፣ ቴሌግራም ድማ ብናይ ባዕሉ ውዕላት ይሕዞ። ቻት መርበብ ብቴሌግራም ኣይሓልፍን።
privacy-page-rights-heading = መሰላትኩም
privacy-page-rights = ብዛዕባኹም እንታይ ውልቃዊ ሓበሬታ ከም ዘለና ክትፈልጡ፣ ጌጋታት ከተእርሙ፣ ነቲ ውልቃዊ ሓበሬታ ከተደምስሱ፣ ኣጠቓቕማኡ ክድረት ክትሓቱን ክትቃወምዎን መሰል ኣለኩም።
privacy-page-rights-mydata = ብዛዕባኹም ዝተዓቀበ ኩሉ ንምርኣይ /mydata ስደዱ (ወይ ካብ ዝርዝር ምረጹ)።
privacy-page-rights-forget = ብዛዕባኹም ዘሎ ኩሉ፣ ምስ ሓበሬታታትኩም ዘሎ ምትእስሳር እውን ከይተረፈ፣ ንምድምሳስ /forget ስደዱ።
privacy-page-dpo-heading = ሓላፊ ሓለዋ ውልቃዊ ሓበሬታ
privacy-page-dpo = ሓላፊ ሓለዋ ውልቃዊ ሓበሬታ ናይ ኮሙን፦ { $dpo }። ሓላፊ ሓለዋ ውልቃዊ ሓበሬታ ናይ ፖሊስ፦ { $police_dpo }።
privacy-page-complaint-heading = ጥርዓን
privacy-page-complaint = ውልቃዊ ሓበሬታኹም ብጌጋ መንገዲ ንሕዞ ኢና ኢልኩም እንተ ሓሲብኩም፣ ናብ ትካል ሽወደን ንሓለዋ ብሕትውና (IMY፣ Integritetsskyddsmyndigheten)፣ imy.se፣ ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
privacy-page-date = እዚ ሓበሬታ ካብ { $date } ጀሚሩ ይሰርሕ።
