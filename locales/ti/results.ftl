### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### The public results page (/results): what the dialogue said, for everyone; and its links in the chats.

results-title = ዘተ እንታይ በለ
results-intro = ተቐማጦ { $municipality } ኣብ ዘተ ተቐማጦ ከምዚ መሊሶም።
results-question-label = እቲ ሕቶ
results-total-label = ዝተቖጽሩ መልስታት
results-as-of-label = ክሳብ እዚ መዓልቲ ዝተቖጽረ
results-updated-note = እቶም ቁጽርታት ዝሕደሱ እኹል ሓደሽቲ መልስታት ምስ መጹ ጥራይ እዩ፣ መልሲ ናይ ዝኾነ ሰብ ክመጽእ ከሎ ከይረአ።
results-hidden = ሕቡእ
results-hidden-note = ካብቲ ደረት ዝወሓደ ቁጽሪ ኣይርአን፣ ኣድላዪ ምስ ዝኸውን ድማ እቲ ዝቕጽል ዝነኣሰ ቁጽሪ እውን፣ ዝኾነ ሕቡእ ቁጽሪ ካብቲ ድምር ከይሕሰብ። እቲ ደረት፦ { $threshold }
results-too-few = እኹላት ተቐማጦ ምስ መለሱ እቶም ውጽኢታት ይርኣዩ። እቲ ደረት፦ { $threshold }
results-chart-area = መልስታት ብዓውዲ
results-chart-language = መልስታት ብቋንቋ ዕላል
results-chart-weeks = መልስታት ብሰሙን
results-week-of = ካብ { $date } ዝጅምር ሰሙን
results-no-area = ዓውዲ የብሉን
results-promises-heading = ፖሊስን ኮሙንን ዝአተውዎ መብጽዓ
results-promise-updates-heading = እንታይ ተገይሩ
results-quotes-heading = ድምጽታት ካብቲ ዘተ
results-quotes-intro = ፖሊስ ኮሙን ከርእዮም ዝመረጾም መልስታት፣ ብናይ ተቐማጦ ናይ ባዕሎም ቃላት።
results-quotes-none = ክሳብ ሕጂ ክርአ ዝተመርጸ መልሲ የለን።
results-link = ዘተ እንታይ በለ
results-chat-link = ዘተ ተቐማጦ ክሳብ ሕጂ እንታይ ከም ዝበለ ረአዩ፦ { $url }
command-results = ዘተ እንታይ በለ
mydata-answer-published = እዚ መልሲ ከም ጥቕሲ ኣብቲ ህዝባዊ ገጽ ውጽኢታት ይርአ።
