### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = Citizen promises in Dals-Ed
campaign-intro = The police and Dals-Ed municipality want to know what you, who live, work or visit here, find important for feeling safe and secure. The answers help us make the picture of the problems clear and give promises with concrete activities.
campaign-question = What measures do you think the police and the municipality could take to increase your safety, trust and security?
campaign-contact-title = community police officer

campaign-focus-visible-police = A more visible police
campaign-focus-migration-integration = Migration and integration
campaign-focus-traffic-safety = Traffic safety
campaign-focus-other = Something else

campaign-promise-visible-police = The police and Dals-Ed municipality promise an increased police presence and visibility. The aim is to increase safety where residents experience problems – an accessible and present police strengthens safety.
campaign-promise-migration-integration = The municipality and the police work together on measures that support migration and integration work, both in municipal housing and at the Migration Agency's facilities, since many still feel unsafe and uncertain about that work.
campaign-promise-traffic-safety = The municipality and the police work together and take measures that increase traffic safety in the municipality.

campaign-follow-up-visible-police = Follow-up: an action plan is drawn up at the beginning of 2017 describing who does what.
campaign-follow-up-migration-integration = Follow-up: an action plan is drawn up at the beginning of 2017 describing how the municipality and the police work together.
campaign-follow-up-traffic-safety = Follow-up: an action plan is drawn up at the beginning of 2017 describing who does what with the resources available.

campaign-fq-relation = Do you live in, work in or visit Dals-Ed?
campaign-fq-relation-lives = I live here
campaign-fq-relation-works = I work here
campaign-fq-relation-visits = I am visiting

campaign-fq-age-group = How old are you?
campaign-fq-age-under-18 = Under 18
campaign-fq-age-18-29 = 18–29
campaign-fq-age-30-49 = 30–49
campaign-fq-age-50-64 = 50–64
campaign-fq-age-65-plus = 65 or older

campaign-fq-area = Which part of the municipality does it concern?
campaign-fq-area-ed = Ed (the town)
campaign-fq-area-gesater = Gesäter
campaign-fq-area-habol = Håbol
campaign-fq-area-nossemark = Nössemark
campaign-fq-area-rolanda = Rölanda
campaign-fq-area-toftedal = Töftedal
campaign-fq-area-outside = Outside the municipality
