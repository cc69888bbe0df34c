### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = መብጽዓታት ንተቐማጦ Dals-Ed
campaign-intro = ፖሊስን ናይ Dals-Ed ኮሙንን፣ ንስኹም ኣብዚ ኮሙን እትነብሩ፣ እትሰርሑ ወይ እትበጽሑ፣ ውሑሳትን ድሑናትን ኮይንኩም ንክስምዓኩም እንታይ ኣገዳሲ ምዃኑ ክፈልጡ ይደልዩ። እቲ መልስታት እንታይ ጸገማት ከም ዘለዉ ንምፍላጥን ጭቡጥ ንጥፈታት ዘጠቓልሉ መብጽዓታት ንምሃብን ይሕግዘና።
campaign-question = ድሕንነትኩም፣ ምትእምማንኩምን ውሕስነትኩምን ንምዕባይ፣ ፖሊስን ኮሙንን እንታይ ስጉምትታት ክወስዱ ይኽእሉ ኢልኩም ትሓስቡ?
campaign-contact-title = ፖሊስ ኮሙን

campaign-focus-visible-police = ዝያዳ ዝርአ ፖሊስ
campaign-focus-migration-integration = ስደትን ምውህሃድን
campaign-focus-traffic-safety = ድሕንነት ትራፊክ
campaign-focus-other = ካልእ ጉዳይ

campaign-promise-visible-police = ፖሊስን ናይ Dals-Ed ኮሙንን ፖሊስ ዝያዳ ክረአን ኣብ ቦታ ብዝያዳ ክህሉን ይመብጽዑ። ዕላማኡ ተቐማጦ ጸገማት ኣብ ዘጋጥምዎም ከባቢታት ውሕስነት ምዕባይ እዩ። ተቐማጦ፣ ቀረባን ተበጻሕን ፖሊስ ሰባት ዝያዳ ውሑሳት ከም ዝስምዖም ይገብር ይብሉ።
campaign-promise-migration-integration = ኮሙንን ፖሊስን ንስራሕ ስደትን ምውህሃድን ኣብ ዝሕግዙ ነገራት ብሓባር ይሰርሑ። ብዙሓት ብዛዕባ እዚ ስራሕ ገና ዘይውሑስነትን ዘይርጉእነትን ይስምዖም። ኣብ መንበሪ ኣባይቲ ኮሙን ከምኡ'ውን ኣብ ትካላት ቤት ጽሕፈት ስደት (Migrationsverket) ድሮ ጻዕሪ ተገይሩ ኣሎ።
campaign-promise-traffic-safety = ኮሙንን ፖሊስን ብሓባር ይሰርሑ፣ ኣብ ኮሙን ድሕንነት ትራፊክ ዘዕቢ ስጉምትታት ድማ ይወስዱ።

campaign-follow-up-visible-police = ትልሚ፦ ኣብ መጀመርታ 2017 ብመሰረት ዘሎ ጸጋታት መን እንታይ ከም ዝገብርን ኮሙንን ፖሊስን ብኸመይ ብሓባር ከም ዝሰርሑን ዝገልጽ ሓባራዊ ናይ ስራሕ ትልሚ ይዳሎ።
campaign-follow-up-migration-integration = ትልሚ፦ ኣብ መጀመርታ 2017 ብመሰረት ዘሎ ጸጋታት መን እንታይ ከም ዝገብርን ኮሙንን ፖሊስን ብኸመይ ብሓባር ከም ዝሰርሑን ዝገልጽ ሓባራዊ ናይ ስራሕ ትልሚ ይዳሎ።
campaign-follow-up-traffic-safety = ትልሚ፦ ኣብ መጀመርታ 2017 ብመሰረት ዘሎ ጸጋታት መን እንታይ ከም ዝገብርን ኮሙንን ፖሊስን ብኸመይ ብሓባር ከም ዝሰርሑን ዝገልጽ ሓባራዊ ናይ ስራሕ ትልሚ ይዳሎ።

campaign-fq-relation = ኣብ Dals-Ed ትነብሩ ዶ፣ ትሰርሑ ዶ፣ ወይስ ንምብጻሕ መጺኹም?
campaign-fq-relation-lives = ኣብዚ እነብር
campaign-fq-relation-works = ኣብዚ እሰርሕ
campaign-fq-relation-visits = በጻሒ እየ

campaign-fq-age-group = ዕድሜኹም ክንደይ እዩ?
campaign-fq-age-under-18 = ትሕቲ 18
campaign-fq-age-18-29 = 18–29
campaign-fq-age-30-49 = 30–49
campaign-fq-age-50-64 = 50–64
campaign-fq-age-65-plus = 65 ወይ ልዕሊኡ

campaign-fq-area = ኣየናይ ክፋል ናይ ኮሙን ይምልከት?
campaign-fq-area-ed = ከተማ ኤድ (Ed)
campaign-fq-area-gesater = የሰተር (Gesäter)
campaign-fq-area-habol = ሆቦል (Håbol)
campaign-fq-area-nossemark = ኖሰማርክ (Nössemark)
campaign-fq-area-rolanda = ሮላንዳ (Rölanda)
campaign-fq-area-toftedal = ቶፍተዳል (Töftedal)
campaign-fq-area-outside = ካብ ኮሙን ወጻኢ
