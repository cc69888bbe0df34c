### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### Following what happens: /follow, /unfollow and the updates on the promises.

follow-intro = ፖሊስን ኮሙንን ብዛዕባ እቲ መብጽዓ ንተቐማጦ እንታይ ይገብሩ ከም ዘለዉ ክትፈልጡ ትደልዩ ዶ? ሓደ ዓውዲ፣ ወይ ኩሎም ዓውድታት ምረጹ። ነቲ መልስታትኩም ዝዕቀበሉ ሓደ ዓይነት ኮድን እቲ ዜና ዝለኣኸሉ ቻትን ጥራይ ኢና ንዕቅብ፣ ካልእ የለን። ኣብ ዝደለኹምዎ እዋን /unfollow ብምጽሓፍ ከተቋርጹ ትኽእሉ ኢኹም።
follow-current = እትከታተልዎ፦ { $area }
follow-current-all = ኩሎም ዓውድታት ትከታተሉ ኣለኹም።
follow-all-areas = ኩሎም ዓውድታት
follow-all-button = ኩሎም ዓውድታት
follow-stop-button = ምክትታል ኣቋርጹ
follow-done = ተወዲኡ! ብዛዕባ { $area } ዜና ኣብዚ ቻት ክበጽሓኩም እዩ። ከተቋርጹ ምስ ደለኹም /unfollow ጽሓፉ።
follow-done-all = ተወዲኡ! ብዛዕባ ኩሎም ዓውድታት ዜና ኣብዚ ቻት ክበጽሓኩም እዩ። ከተቋርጹ ምስ ደለኹም /unfollow ጽሓፉ።
# On WhatsApp, after follow-done, when the campaign names no template for updates (README, "WhatsApp").
follow-whatsapp-waits = ኣብ WhatsApp ድሕሪ እታ ናይ መወዳእታ መልእኽትኹም ኣብ ውሽጢ ሓደ መዓልቲ ጥራይ ክንጽሕፈልኩም ንኽእል። ድሒሩ ዝመጽእ ዜና ገለ ነገር ክሳዕ እትጽሕፉልና ኣብዚ ይጽበ።
follow-already = { $area } ድሮ ትከታተሉ ኣለኹም።
follow-already-all = ኩሎም ዓውድታት ድሮ ትከታተሉ ኣለኹም።
follow-offer = ኣብ { $area } እንታይ ይግበር ከም ዘሎ ክትፈልጡ ትደልዩ ዶ? ፖሊስ ወይ ኮሙን ዝገበርዎ ምስ ዝነግሩ፣ ዜና ናብዚ ክንልእኽ ኢና።
follow-offer-button = { $area } ተኸታተሉ
unfollow-done = ደጊም ዝኾነ ነገር ኣይትከታተሉን ኢኹም። ዜና ዝለኣኸሉ ዝነበረ ተደምሲሱ ኣሎ።
unfollow-nothing = ሕጂ ዝኾነ ነገር ኣይትከታተሉን ኢኹም። ብዛዕባ መብጽዓታት ዜና እንተደሊኹም /follow ጽሓፉ።
follow-update-title = ሓድሽ ዜና ካብ { $municipality } ብዛዕባ እቲ ኣብ { $area } ዘሎ መብጽዓ ({ $date })፦
follow-update-in-swedish = እዚ ዜና ብቋንቋ ሽወደን እዩ ተጻሒፉ፦
follow-update-footer = ነቲ መብጽዓ ንተቐማጦ ክትከታተሉ ስለ ዝመረጽኩም እዩ ዝበጽሓኩም ዘሎ። ከተቋርጹ /unfollow ጽሓፉ።
follow-promises-update = ዝተገብረ ({ $date })፦
follow-help-commands =
    /follow – ብዛዕባ ንመብጽዓታት ዝግበር ዜና ተቐበሉ
    /unfollow – ዜና ምቕባል ኣቋርጹ
command-follow = ዝግበር ተኸታተሉ
command-unfollow = ምክትታል ኣቋርጹ
follow-menu-button = ዝኸውን ተኸታተሉ
follow-mydata-return-path = ዝግበር ክንሰደልኩም ምእንቲ ክንክእል፣ ናብ ቻትኩም ዝመልስ መንገዲ ይዕቀብ፣ /unfollow ወይ /forget ክሳብ እትሰዱ።
