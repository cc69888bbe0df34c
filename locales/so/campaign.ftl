### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = Ballanqaadyada dadweynaha ee Dals-Ed
campaign-intro = Booliiska iyo degmada Dals-Ed waxay rabaan inay ogaadaan waxa adiga – oo ku nool, ka shaqeeya ama booqanaya degmada – aad u aragto muhiim si aad u dareento nabadgelyo iyo ammaan. Jawaabuhu waxay naga caawinayaan inaan ogaanno dhibaatooyinka jira, oo aan bixinno ballanqaadyo leh hawlo la taaban karo.
campaign-question = Tallaabooyinkee ayaad u malaynaysaa in booliiska iyo degmadu qaadi karaan si loo kordhiyo ammaankaaga, kalsoonidaada iyo dareenkaaga nabadgelyo?
campaign-contact-title = sarkaalka booliiska ee degmada

campaign-focus-visible-police = Booliis si weyn u muuqda
campaign-focus-migration-integration = Socdaal iyo is-dhexgal
campaign-focus-traffic-safety = Badbaadada taraafikada
campaign-focus-other = Wax kale

campaign-promise-visible-police = Booliiska iyo degmada Dals-Ed waxay ballanqaadayaan in booliisku si weyn u muuqdaan oo ay marar badan goobta joogaan. Ujeeddadu waa in la kordhiyo nabadgelyada meelaha ay dadka deegaanku dhibaatooyin ka dareemaan. Dadka deegaanku waxay qabaan in booliis dhow oo la heli karo ay dadka ka dhigaan kuwo dareema nabadgelyo badan.
campaign-promise-migration-integration = Degmada iyo booliiska waxay wada shaqeeyaan waxyaabaha caawiya shaqada socdaalka iyo is-dhexgalka. Dad badan ayaa weli dareema cabsi iyo hubanti la'aan ku saabsan shaqadaas. Dadaallo ayaa horay looga sameeyay guryaha degmada iyo xarumaha Hay'adda Socdaalka (Migrationsverket).
campaign-promise-traffic-safety = Degmada iyo booliiska way iska kaashanayaan, waxayna qaadayaan tallaabooyin kordhinaya badbaadada taraafikada ee degmada.

campaign-follow-up-visible-police = Qorshe: bilowga 2017 waxaa la dejinayaa qorshe hawleed wadaag ah oo sharxaya cidda waxa qabanaysa iyadoo la eegayo kheyraadka la heli karo, iyo sida ay degmada iyo booliisku u wada shaqeeyaan.
campaign-follow-up-migration-integration = Qorshe: bilowga 2017 waxaa la dejinayaa qorshe hawleed wadaag ah oo sharxaya cidda waxa qabanaysa iyadoo la eegayo kheyraadka la heli karo, iyo sida ay degmada iyo booliisku u wada shaqeeyaan.
campaign-follow-up-traffic-safety = Qorshe: bilowga 2017 waxaa la dejinayaa qorshe hawleed wadaag ah oo sharxaya cidda waxa qabanaysa iyadoo la eegayo kheyraadka la heli karo, iyo sida ay degmada iyo booliisku u wada shaqeeyaan.

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
