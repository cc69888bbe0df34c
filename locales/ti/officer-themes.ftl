### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: themes in the answers, and the answers chosen as quotes for the public results page.

officer-nav-themes = ኣርእስትታት
officer-themes-title = ኣርእስትታት ኣብቶም መልስታት
officer-themes-intro = መልስታት ናይ ሓደ ዓውዲ፣ ብዛዕባ እንታይ ከም ዝዛረቡ ተጠርኒፎም፣ ብዝኾነ ቋንቋ ይኹኑ፦ ንነፍሲ ወከፍ ኣርእስቲ እቲ ኣዝዩ ዝውክሎ መልሲ፣ ቀንዲ ቃላትን ቁጽሪ መልስታትን።
officer-themes-area = ዓውዲ
officer-themes-show = ኣርኢ
officer-themes-count = መልስታት ኣብዚ ኣርእስቲ፦ { $count }
officer-themes-limited = ካብቶም ናይ መወዳእታ መልስታት ናይቲ ዓውዲ ዝተሓሰበ፦ { $count }
officer-themes-key-words = ቀንዲ ቃላት
officer-themes-typical = እቲ ኣዝዩ ዝውክል መልሲ
officer-themes-examples = መልስታት ናይቲ ኣርእስቲ፣ እቶም ኣዝዮም ዝውክሉ ቅድም
officer-themes-working = እቶም ኣርእስትታት ሕጂ ይሕሰቡ ኣለዉ። ድሕሪ ቁሩብ እቲ ገጽ እንደገና ክፈቱ።
officer-themes-none = ክሳብ ሕጂ ኣብዚ ዓውዲ መልሲ የለን።
officer-themes-disabled = ገጽ ኣርእስትታት ኣብቲ ሰርቨር ዘይተተኽለ ተወሳኺ የድልዮ። እቲ ነቲ ኣገልግሎት ዘካይድ ሰብ በዚ ትእዛዝ ይተኽሎ፦ { $command }
officer-col-quote = ገጽ ውጽኢታት
officer-quote-publish = ኣብ ገጽ ውጽኢታት ኣርኢ
officer-quote-unpublish = ካብ ገጽ ውጽኢታት ኣልግስ
officer-quote-published = ኣብ ገጽ ውጽኢታት ይርአ
officer-quote-note = ሓደ መልሲ ኣብቲ ህዝባዊ ገጽ ውጽኢታት ዝርአ እንተ መሪጽኩምዎ ጥራይ እዩ፣ ምስ ዓውድን ቋንቋን። መጀመርያ ኣንብብዎ፦ ንዝኾነ ሰብ ከመልክት የብሉን።
