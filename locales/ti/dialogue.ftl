### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### The dialogue: the question, the focus area, the follow-up questions.

dialogue-answer-hint = መልስኹም ብናትኩም ቃላት፣ ብዝደለኹምዎ ቋንቋ ጽሓፉ (ብዝለዓለ { $limit ->
        [one] { $limit } ፊደል
       *[other] { $limit } ፊደላት
    })።
dialogue-text-only = ኣብዚ ጽሑፍ ጥራይ እየ ከንብብ ዝኽእል። በጃኹም መልስኹም ከም ንቡር መልእኽቲ ጽሓፉ።
dialogue-answer-empty = እቲ መልእኽቲ ባዶ እዩ ነይሩ። በጃኹም መልስኹም ብሒደት ቃላት ጽሓፉ።
dialogue-answer-too-long = መልስኹም { $length ->
        [one] { $length } ፊደል
       *[other] { $length } ፊደላት
    } ኣለዎ፣ ግን ብዝለዓለ { $limit } ክኸውን ኣለዎ። በጃኹም ኣሕጽርዎ እሞ እንደገና ስደዱ – ወይ ድማ ናብ ብዙሓት መልስታት ምቀልዎ።
dialogue-answer-saved = የቐንየልና፣ መልስኹም ተዓቂቡ ኣሎ።
dialogue-focus-question = መልስኹም ብዝበዝሐ ንኣየናይ ዓውዲ ይምልከት?
dialogue-follow-up-optional = ብድሌት – ነዚ ሕቶ ክትሓልፍዎ ትኽእሉ ኢኹም።
dialogue-follow-up-skip = ሕለፉ
dialogue-thanks = ግዜኹም ስለ ዝሃብኩም የቐንየልና! መልስኹም ንፖሊስ ከምኡ'ውን ንኮሙን { $municipality } ቅኑዕ ነገራት ንኽገብሩ ይሕግዞም።
