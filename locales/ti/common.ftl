### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### Common texts: greeting, language, help, promises, menu, errors.

start-welcome = ሰላም! ናብ ዘተ ተቐማጦ { $municipality } እንቋዕ ብደሓን መጻእኩም!
common-not-emergency = እዚ መስመር ህጹጽ ሓገዝ ኣይኮነን። ህጹጽ ኩነታት ወይ ሕጂ ዝፍጸም ዘሎ ገበን እንተጋጢሙኩም ናብ 112 ደውሉ። ህጹጽ ብዘይኮነ ጉዳይ ፖሊስ ክትረኽቡ እንተደሊኹም ናብ 114 14 ደውሉ።
common-use-buttons = በጃኹም ኣብ ታሕቲ ዘለዉ መጠወቕታት ተጠቒምኩም ምረጹ።
common-stale-button = እዚ መጠወቒ ናይ ዝሓለፈ ስጉምቲ ስለ ዝኾነ ደጊም ኣይሰርሕን እዩ። ካብዚ ንቕጽል፦
common-unknown-command = ነዚ ትእዛዝ ኣይፈልጦን እየ። እንታይ ክገብር ከም ዝኽእል ንምርኣይ /help ጽሓፉ።
common-private-only = መልስታትኩም ኣብ መንጎና ጥራይ ምእንቲ ክተርፍ፣ ኣብ ብሕታዊ ዕላላት ጥራይ እየ ዝዛረብ። በጃኹም ብቐጥታ ጽሓፉለይ።
common-edit-ignored = ኣብ ዝተለኣኹ መልእኽታት ዝግበር ለውጢ ኣይንብብን እየ። በጃኹም ኣብ ክንድኡ ሓድሽ መልእኽቲ ስደዱ።
common-error = ይቕሬታ፣ ኣብ ወገንና ጌጋ ተፈጢሩ፣ ዝሰደድኩምዎ ክዕቀብ ኣይከኣለን። በጃኹም ድሕሪ ቁሩብ ግዜ እንደገና ፈትኑ።
common-cancelled = ሕራይ፣ ተቋሪጹ ኣሎ።

language-name = ትግርኛ
language-pick = ቋንቋኹም ምረጹ፦
language-set = ሕጂ ብቋንቋ { $language } ንዛረብ ኣለና።
language-kept = ሕራይ፣ በቲ ዘሎ ቋንቋ ንቕጽል።
language-switch-offer = ብቋንቋ { $language } ትጽሕፉ ዘለኹም ይመስል። ናብቲ ቋንቋ ክቕይር ትደልዩ ዶ?
language-switch-yes = እወ፣ ናብ ትግርኛ ይቐየር
language-switch-no = ኣይፋል፣ ቋንቋ ኣይቐየር

help-intro = ኣብዚ ንፖሊስ ከምኡ'ውን ንኮሙን { $municipality } ድሕንነትኩም፣ ምትእምማንኩምን ውሕስነትኩምን እንታይ ከም ዘዕቢ ክትነግሩ ትኽእሉ ኢኹም። መልስታትኩም ብዘይ ስምኩም እዩ ዝዕቀብ፣ ፖሊስን ኮሙንን ድማ መን ከም ዝጸሓፎ ኣይርእዩን።
help-commands =
    ክትገብርዎ እትኽእሉ፦
    /answer – ንሕቶ ምምላስ (እንደገና)
    /promises – መብጽዓታት ምንባብ
    /results – ዘተ እንታይ ከም ዝበለ ረአዩ
    /mydata – ብዛዕባኹም ዝተዓቀበ ምርኣይ
    /forget – ዝሃብኩምዎ ኩሉ ምድምሳስ
    /language – ቋንቋ ምቕያር
    /privacy – ውልቃዊ ሓበሬታኹም ብኸመይ ከም ዝተሓዝ ምንባብ
    /cancel – እትገብርዎ ዘለኹም ምቁራጽ
help-contact = ምስ ሰብ ክትዛረቡ ትደልዩ ዶ? ምስ { $name }፣ { $title }፣ ቴሌፎን { $phone } ተራኸቡ።

promises-intro = መብጽዓ ንተቐማጦ { $municipality }፦ ፖሊስን ኮሙንን ብመሰረት እቲ ተቐማጦ ዝበልዎ እዚ ተመባጺዖም።
promises-area =
    ▪ { $area }
    { $promise }
    { $follow_up }

menu-what-next = ሕጂ እንታይ ክትገብሩ ትደልዩ?
menu-use-buttons = ሓድሽ መልሲ ክትህቡ ትደልዩ ዶ? «ሓድሽ መልሲ ሃቡ» ጠውቑ።
menu-another-answer = ሓድሽ መልሲ ሃቡ
menu-promises = መብጽዓታት ኣንብቡ
menu-help = ሓገዝ

command-start = ጀምሩ ወይ ቀጽሉ
command-answer = ንሕቶ መልሱ
command-promises = መብጽዓታት
command-mydata = ብዛዕባኹም ዝተዓቀበ ርኣዩ
command-forget = ውልቃዊ ሓበሬታኹም ደምስሱ
command-language = ቋንቋ ቀይሩ
command-help = ሓገዝን ርክብን

# Delivery (the inbox): an update kept while the database cannot take it; the flood limit.
common-answer-later = መልእኽትኹም በጺሑና ኣሎ፣ ግን ሕጂ ክንምልሰልኩም ኣይንኽእልን ኢና። ብዝቐልጠፈ ክንምልሰልኩም ኢና፣ ደጊምኩም ክትሰዱዎ ኣየድልየኩምን።
common-too-many-messages = ኣብ ሓጺር ግዜ ብዙሕ መልእኽታት ትሰዱ ኣለኹም። በጃኹም ሓንቲ ደቒቕ ተጸበዩ፣ ቅድሚኡ ዝተሰዱ መልእኽታት ኣይንበቡን።
