### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = Ballanqaadyada dadweynaha ee Dals-Ed
campaign-intro = Booliska iyo degmada Dals-Ed waxay rabaan inay ogaadaan waxa adiga – oo ku nool, ka shaqeeya ama booqanaya degmada – aad u aragto muhiim si aad u dareento nabadgelyo iyo ammaan. Jawaabuhu waxay naga caawinayaan inaan si cad u aragno dhibaatooyinka, oo aan bixinno ballanqaadyo leh hawlo la taaban karo.
campaign-question = Tallaabooyinkee ayaad u malaynaysaa in booliska iyo degmadu qaadi karaan si loo kordhiyo ammaankaaga, kalsoonidaada iyo dareenkaaga nabadgelyo?
campaign-contact-title = sarkaalka booliska ee degmada

campaign-focus-visible-police = Boolis badan oo muuqda
campaign-focus-migration-integration = Socdaal iyo is-dhexgal
campaign-focus-traffic-safety = Badbaadada taraafikada
campaign-focus-other = Wax kale

campaign-promise-visible-police = Booliska iyo degmada Dals-Ed waxay ballanqaadayaan in la kordhiyo joogitaanka iyo muuqashada booliska. Ujeeddadu waa in la kordhiyo nabadgelyada meelaha ay dadka deegaanku dhibaatooyin ka dareemaan – boolis la heli karo oo goobta jooga ayaa xoojiya nabadgelyada.
campaign-promise-migration-integration = Degmada iyo booliska waxay iska kaashanayaan tallaabooyin taageeraya shaqada socdaalka iyo is-dhexgalka, labadaba guryaha degmada iyo xarumaha Hay'adda Socdaalka (Migrationsverket), maadaama dad badan ay weli dareemaan cabsi iyo hubanti la'aan ku saabsan shaqadaas.
campaign-promise-traffic-safety = Degmada iyo booliska way iska kaashanayaan, waxayna qaadayaan tallaabooyin kordhinaya badbaadada taraafikada ee degmada.

campaign-follow-up-visible-police = Dabagal: bilowga 2017 waxaa la dejinayaa qorshe hawleed sharxaya cidda waxa qabanaysa.
campaign-follow-up-migration-integration = Dabagal: bilowga 2017 waxaa la dejinayaa qorshe hawleed sharxaya sida ay degmada iyo booliska iskaga kaashanayaan.
campaign-follow-up-traffic-safety = Dabagal: bilowga 2017 waxaa la dejinayaa qorshe hawleed sharxaya cidda waxa qabanaysa, iyadoo la eegayo kheyraadka la heli karo.

campaign-fq-relation = Ma ku nooshahay Dals-Ed, ma ka shaqaysaa, mise waad booqanaysaa?
campaign-fq-relation-lives = Halkan ayaan ku noolahay
campaign-fq-relation-works = Halkan ayaan ka shaqeeyaa
campaign-fq-relation-visits = Booqasho ayaan ku joogaa

campaign-fq-age-group = Imisa jir baad tahay?
campaign-fq-age-under-18 = Ka yar 18
campaign-fq-age-18-29 = 18–29
campaign-fq-age-30-49 = 30–49
campaign-fq-age-50-64 = 50–64
campaign-fq-age-65-plus = 65 ama ka weyn

campaign-fq-area = Qaybtee degmada ayay khusaysaa?
campaign-fq-area-ed = Ed (magaalada)
campaign-fq-area-gesater = Gesäter
campaign-fq-area-habol = Håbol
campaign-fq-area-nossemark = Nössemark
campaign-fq-area-rolanda = Rölanda
campaign-fq-area-toftedal = Töftedal
campaign-fq-area-outside = Degmada dibaddeeda
