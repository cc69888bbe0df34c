### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = መብጽዓታት ንተቐማጦ ዳልስ-ኤድ
campaign-intro = ፖሊስን ኮሙን ዳልስ-ኤድን፣ ንስኹም ኣብዚ ኮሙን እትነብሩ፣ እትሰርሑ ወይ እትበጽሑ፣ ውሑሳትን ድሑናትን ኮይንኩም ንክስምዓኩም እንታይ ኣገዳሲ ምዃኑ ክፈልጡ ይደልዩ። እቲ መልስታት ስእሊ ናይ ጸገማት ንምንጻርን ጭቡጥ ንጥፈታት ዘጠቓልሉ መብጽዓታት ንምሃብን ይሕግዘና።
campaign-question = ድሕንነትኩም፣ ምትእምማንኩምን ውሕስነትኩምን ንምዕባይ፣ ፖሊስን ኮሙንን እንታይ ስጉምትታት ክወስዱ ይኽእሉ ኢልኩም ትሓስቡ?
campaign-contact-title = ናይ ኮሙን ፖሊስ

campaign-focus-visible-police = ዝያዳ ዝርአ ፖሊስ
campaign-focus-migration-integration = ስደትን ምውህሃድን
campaign-focus-traffic-safety = ድሕንነት ትራፊክ
campaign-focus-other = ካልእ ጉዳይ

campaign-promise-visible-police = ፖሊስን ኮሙን ዳልስ-ኤድን ናይ ፖሊስ ህላወን ተራእዮን ክውስኽ ይመብጽዑ። ዕላማኡ ተቐማጦ ጸገማት ኣብ ዘጋጥምዎም ከባቢታት ውሕስነት ምዕባይ እዩ – ተበጻሕን ህሉውን ፖሊስ ውሕስነት የደልድል።
campaign-promise-migration-integration = ኮሙንን ፖሊስን ንስራሕ ስደትን ምውህሃድን ዘተባብዑ ስጉምትታት ብሓባር ይሰርሑ፣ ኣብ መንበሪ ኣባይቲ ኮሙን ከምኡ'ውን ኣብ ትካላት ቤት ጽሕፈት ስደት (Migrationsverket)፣ ምኽንያቱ ብዙሓት ብዛዕባ እዚ ስራሕ ገና ዘይውሑስነትን ዘይርጉእነትን ይስምዖም።
campaign-promise-traffic-safety = ኮሙንን ፖሊስን ብሓባር ይሰርሑ፣ ኣብ ኮሙን ድሕንነት ትራፊክ ዘዕቢ ስጉምትታት ድማ ይወስዱ።

campaign-follow-up-visible-police = ክትትል፦ ኣብ መጀመርታ 2017 መን እንታይ ከም ዝገብር ዝገልጽ ናይ ስራሕ ትልሚ ይዳሎ።
campaign-follow-up-migration-integration = ክትትል፦ ኣብ መጀመርታ 2017 ኮሙንን ፖሊስን ብኸመይ ብሓባር ከም ዝሰርሑ ዝገልጽ ናይ ስራሕ ትልሚ ይዳሎ።
campaign-follow-up-traffic-safety = ክትትል፦ ኣብ መጀመርታ 2017 ብመሰረት ዘሎ ጸጋታት መን እንታይ ከም ዝገብር ዝገልጽ ናይ ስራሕ ትልሚ ይዳሎ።

campaign-fq-relation = ኣብ ዳልስ-ኤድ ትነብሩ ዶ፣ ትሰርሑ ዶ፣ ወይስ ንምብጻሕ መጺኹም?
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
