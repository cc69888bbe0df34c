### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: writing what was done about a promise and sending it to those who follow it.

officer-nav-updates = ዝገበርናዮ
officer-updates-title = ንመብጽዓታት ዝገበርናዮ
officer-updates-intro = ፖሊስን ኮሙንን ንሓደ መብጽዓ እንታይ ከም ዝገበሩ ጽሓፉ። ናብ ኩሎም ነቲ ዓውዲ ዝከታተሉ ይለኣኽ፦ ብቋንቋኦም ጽሑፍ እንተጸሒፍኩም ብኡ፣ እንተዘይኮይኑ ብሽወደን ምስ እቲ ጽሑፍ ብሽወደን ምዃኑ ዝገልጽ መስመር።
officer-updates-followers = ነዚ ዓውዲ ዝከታተሉ፦ { $count }
officer-updates-followers-all = ኩሎም ዓውድታት ዝከታተሉ፦ { $count }
officer-updates-text-sv = ጽሑፍ ብሽወደን (የድሊ)
officer-updates-text-other = ጽሑፍ ብ{ $language } (ብድሌት)
officer-updates-other-hint = ብካልኦት ቋንቋታት ዝጸሓፍ ጽሑፍ ብድሌት እዩ።
officer-updates-preview-button = ቅድመ ርእይቶ
officer-updates-send-button = ናብ ተኸታተልቲ ስደዱ
officer-updates-preview-title = ብ{ $language } ከምዚ ይርአ
officer-updates-queued = ሕጂ ይለኣኽ ኣሎ። ቁጽሪ ተቐበልቲ፦ { $count }
officer-updates-progress = ተላኢኹ፦ { $sent } · ይጽበ፦ { $pending } · ኣይተዓወተን፦ { $failed }
# Under the progress: the waiting rows that are held for WhatsApp followers outside the 24-hour window.
officer-updates-held = ካብዚኦም፣ እቲ ነባሪ ኣብ WhatsApp ክሳዕ ዝጽሕፍ ዝተታሕዙ (ካብ መስኮት 24 ሰዓት ወጻኢ)፦ { $count }
officer-updates-none = ብዛዕባ እዚ መብጽዓ ገና ዜና የለን።
officer-updates-empty = መጀመርታ ነቲ ጽሑፍ ብሽወደን ጽሓፉ።
officer-updates-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ። ዝለዓለ ቁጽሪ ፊደላት፦ { $limit }
officer-updates-no-such-area = ከምዚ ዝበለ መብጽዓ የለን።
officer-updates-history = ዝተላእኩ ዜናታት
officer-updates-by = { $date }፣ { $officer }
