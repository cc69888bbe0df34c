### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### Privacy: consent, what is stored, erasing.

privacy-note =
    ቅድሚ ምጅማርና – ዝጸሓፍኩምዎ ብኸምዚ ንሕዞ፦
    • መልስታትኩም ብኮድ እዩ ዝዕቀብ፣ ብስምኩም፣ ብስም ተጠቃሚ ወይ ብቁጽሪ ቴሌፎንኩም ኣይኮነን – ንሳቶም ፈጺምና ኣይንዕቅቦምን። እቲ ኮድ ብምስጢራዊ መፍትሕ ካብ ሕሳብ ቻትኩም ይስራሕ፣ መልስታትኩም ድማ ምስ ቻትኩም የራኽብ፣ ባዕልኹም ክትርእይዎምን ክትድምስስዎምን ምእንቲ ክትኽእሉ። ፖሊስን ኮሙንን ነቲ ኮድ ፈጺሞም ኣይርእይዎን።
    • መልስኹም፣ እቲ መልሲ ዝምልከቶ ዓውዲ፣ ብድሌት ዝምለሱ ተወሰኽቲ ሕቶታት ከምኡ'ውን እትጥቀሙሉ ቋንቋ ንዕቅብ።
    • እቲ መልስታት ፖሊስ ከምኡ'ውን ኮሙን { $municipality } የንብብዎ፣ እንታይ ጸገማት ከም ዘለዉን እንታይ ክግበር ከም ዘለዎን ንምፍላጥ ድማ ይጥቀሙሉ።
    • ኣብ ዝኾነ ግዜ ዝተዓቀበ ሓበሬታኹም ብ /mydata ክትርእዩ፣ ኩሉ ድማ ብ /forget ክትድምስሱ ትኽእሉ ኢኹም።
privacy-consent-question = መልስታትኩም ብኸምዚ ኣገባብ ክንዕቅብ ትሰማምዑ ዶ?
privacy-agree = እወ፣ እሰማማዕ
privacy-decline = ኣይፋል፣ የቐንየለይ
privacy-thanks = የቐንየልና!
privacy-declined = ሕራይ፣ ናትኩም ዝኾነ ነገር ኣይዕቀብን። ግናኸ መብጽዓታት ብ /promises ክተንብቡ ትኽእሉ ኢኹም። ሓሳብኩም እንተቐየርኩም /start ጽሓፉ።

mydata-intro =
    ብዛዕባኹም ዝተዓቀበ እዚ እዩ፦
    ቋንቋ፦ { $language }
    ፍቓድ፦ { $consent }
    ብዝሒ መልስታት፦ { $answers }
mydata-follow-up = { $question } { $option }
mydata-answer =
    { $date } – { $area }
    «{ $text }»
mydata-no-area = (ዓውዲ ኣይተመርጸን)
mydata-erase-hint = ኩሉ ክትድምስሱ ትደልዩ ዶ? /forget ጽሓፉ።

forget-confirm =
    { $answers ->
        [0] ዝተዓቀበ መልሲ የብልኩምን። ዋላ እኳ ከምኡ እንተኾነ፣ ምርጫ ቋንቋኹም ሓዊሱ ብዛዕባኹም ዘሎ ኩሉ ክትድምስሱ ትደልዩ ዶ?
        [one] መልስኹምን ብዛዕባኹም ዝዓቀብናዮ ካልእ ኩሉን ክትድምስሱ ትደልዩ ዶ? ድሕሪ ምድምሳሱ ክምለስ ኣይክእልን እዩ።
       *[other] { $answers } መልስታትኩምን ብዛዕባኹም ዝዓቀብናዮ ካልእ ኩሉን ክትድምስሱ ትደልዩ ዶ? ድሕሪ ምድምሳሱ ክምለስ ኣይክእልን እዩ።
    }
forget-yes = እወ፣ ኩሉ ይደምሰስ
forget-no = ኣይፋል፣ ይጽናሕ
forget-done = ተወዲኡ። ዝሃብኩምዎ ኩሉ ተደምሲሱ ኣሎ። እንደገና ክትጅምሩ እንተደሊኹም /start ጽሓፉ።
forget-kept = ሕራይ፣ ዋላ ሓደ ነገር ኣይተደምሰሰን።
