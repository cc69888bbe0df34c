### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = Citizen promises in Dals-Ed
campaign-intro = The police and Dals-Ed municipality want to know what matters to you – whether you live, work or are visiting here – for feeling safe and secure. Your answers help us see which problems there are and make promises with concrete actions.
campaign-question = What measures do you think the police and the municipality could take to increase your safety, your trust and your sense of security?
campaign-contact-title = community police officer

campaign-focus-visible-police = More visible police
campaign-focus-migration-integration = Migration and integration
campaign-focus-traffic-safety = Traffic safety
campaign-focus-other = Something else

campaign-promise-visible-police = The police and Dals-Ed municipality promise that the police will be seen more and be present more often. The aim is to increase safety where residents experience problems. Residents say that police who are close by and easy to reach make people feel safer.
campaign-promise-migration-integration = The municipality and the police work together on what helps the work on migration and integration. Many people still feel unsafe and uncertain about that work. Efforts have already been made in municipal housing and at the Swedish Migration Agency's (Migrationsverket) facilities.
campaign-promise-traffic-safety = The municipality and the police work together and do what increases traffic safety in the municipality.

campaign-follow-up-visible-police = Plan: at the beginning of 2017 a joint action plan is made. It describes who will do what with the resources available, and how the municipality and the police work together.
campaign-follow-up-migration-integration = Plan: at the beginning of 2017 a joint action plan is made. It describes who will do what with the resources available, and how the municipality and the police work together.
campaign-follow-up-traffic-safety = Plan: at the beginning of 2017 a joint action plan is made. It describes who will do what with the resources available, and how the municipality and the police work together.

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
