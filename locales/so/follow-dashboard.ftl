### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: writing what was done about a promise and sending it to those who follow it.

officer-nav-updates = Waxa aan qabannay
officer-updates-title = Waxa aan ka qabannay ballanqaadyada
officer-updates-intro = Qor waxa booliiska iyo degmadu ka qabteen ballanqaad. Waxaa loo diraa qof kasta oo la socda mawduuca: luqaddiisa haddii aad qoraal ku qortay, haddii kale af Iswiidhish oo ay la socoto sadar sheegaya in qoraalku yahay af Iswiidhish.
officer-updates-followers = Inta la socota mawduucan: { $count }
officer-updates-followers-all = Inta la socota dhammaan mawduucyada: { $count }
officer-updates-text-sv = Qoraalka af Iswiidhish (waa lagama maarmaan)
officer-updates-text-other = Qoraalka { $language } (ikhtiyaari)
officer-updates-other-hint = Qoraallada luqadaha kale waa ikhtiyaari.
officer-updates-preview-button = Horay u eeg
officer-updates-send-button = U dir kuwa la socda
officer-updates-preview-title = Sidan ayuu u muuqdaa { $language }
officer-updates-queued = Hadda ayaa la dirayaa. Tirada qaatayaasha: { $count }
officer-updates-progress = La diray: { $sent } · Sugaya: { $pending } · Fashilmay: { $failed }
# Under the progress: the waiting rows that are held for WhatsApp followers outside the 24-hour window.
officer-updates-held = Kuwaas waxaa la hayaa ilaa qofku WhatsApp ku qoro (ka baxsan daaqadda 24-ka saac): { $count }
officer-updates-none = Weli war kuma saabsana ballanqaadkan.
officer-updates-empty = Marka hore qoraalka af Iswiidhish ku qor.
officer-updates-too-long = Qoraalku aad buu u dheer yahay. Tirada ugu badan ee xarfaha: { $limit }
officer-updates-no-such-area = Ballanqaadkaas ma jiro.
officer-updates-history = Wararka la diray
officer-updates-by = { $date }, { $officer }
