### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### The pages the law asks for: the accessibility statement and the privacy notice (bot/server/legal.py).

legal-link-accessibility = Accessibility statement
legal-link-privacy = How we handle your personal data
legal-chat-links =
    How we handle your personal data: { $privacy }
    Accessibility statement: { $accessibility }

## Accessibility statement (the Swedish Act (2018:1937) on accessibility to digital public services)

a11y-title = Accessibility statement
a11y-intro = The municipality of { $municipality } is responsible for this website, the web chat of the citizen dialogue. We want as many people as possible to be able to use it. This page describes how the website meets the Swedish Act (2018:1937) on accessibility to digital public services, the shortcomings we know of, and how you can tell us about problems.
a11y-status-heading = How accessible is this website?
a11y-status = The website is partially compliant with the Act. The Act refers to the standard EN 301 549, which builds on the guidelines WCAG 2.1 at level AA. The shortcomings we know of are listed below.
a11y-works = The web chat works without JavaScript, with a keyboard alone and with a screen reader, on a phone screen and with enlarged text. It is available in seven languages and shown right to left in Arabic and Dari.
a11y-gaps-heading = Shortcomings we know of
a11y-gap-translations = The texts in languages other than Swedish are drafts that have not yet been reviewed by native speakers. Some of them may be unclear or wrong.
a11y-gap-ethiopic = Tigrinya is written in the Ethiopic script. If your phone or computer has no font for that script, the text is shown as boxes. The website does not bring a font of its own.
a11y-gap-location = The button that shares your location needs JavaScript. You can always write the place in your own words instead.
a11y-gap-testing = The website has been checked with automatic tests (axe-core) and with a keyboard, but not yet by people who use screen readers or other assistive technology.
a11y-report-heading = Tell us about problems, or ask for the content in another form
a11y-report = Let us know if something does not work for you, or if you need the content in another form, for example read aloud, on paper or in a language that is missing. Contact { $name }: e-mail { $email }, phone { $phone }.
a11y-supervision-heading = Supervision
a11y-supervision = The Agency for Digital Government (DIGG, Myndigheten för digital förvaltning) supervises the Act. If you are not satisfied with how we handle your feedback, you can report it to DIGG: digg.se/tdosanmalan
a11y-made = This statement is based on our own assessment of the website and was made on { $date }.

## Privacy notice (Article 13 of the General Data Protection Regulation, GDPR)

privacy-page-title = How we handle your personal data
privacy-page-intro = This page says what the citizen dialogue of { $municipality } stores about you, why, for how long, who may read it and what rights you have.
privacy-page-controllers-heading = Who is responsible for your data
privacy-page-controllers = The municipality of { $municipality } is responsible for the citizen dialogue and your answers. { $police } is responsible for the tips you send to the community police officer.
privacy-page-contact = Questions about your data held by the municipality: { $name }, e-mail { $email }, phone { $phone }.
privacy-page-police-contact = Questions about your data held by the police: { $police }, phone 114 14, polisen.se.
privacy-page-purposes-heading = Why we store the data
privacy-page-purposes-answers = The answers are used by the police and the municipality to see which problems there are and what needs to be done so that more people feel safe.
privacy-page-purposes-tips = The tips are used by the community police officer in the work of the police, and to be able to answer you.
privacy-page-basis-heading = Legal basis
legal-basis-public-task = We process the data to perform a task carried out in the public interest and in the exercise of official authority (Article 6(1)(e) of the General Data Protection Regulation).
privacy-page-stored-heading = What we store and for how long
privacy-page-stored-answers = Your answers, which area they concern, your answers to the optional background questions and the language you use. They are stored under a code (pseudonymously), not under your name, username or phone number. The code is made from your chat account with a secret key. The answers are not deleted automatically: they stay until you erase them with /forget or the municipality deletes the dialogue's data.
privacy-page-stored-before-consent = Before you have agreed, we store only the language you chose and where you are in the conversation.
privacy-page-stored-tips = A tip (what you write, photos, the place, and a name and phone number if you choose to give them) becomes a record of the police and is kept under the rules on archiving and deletion that apply to the police. /forget does not delete the tip.
privacy-page-retention-tips = The way back to you (your chat; on WhatsApp your phone number) and any name and phone number you gave are deleted { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the tip is closed, or at once when you send /forget.
privacy-page-stored-web = In the web chat the conversation is kept for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } under a random code in a cookie in your browser. What you write yourself is stored only after you have agreed.
privacy-page-stored-inbox = A message on Telegram or WhatsApp is stored as it arrived until the bot has answered it (on WhatsApp it carries your phone number). After that only its number is kept, for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }, so that the bot recognises it if it is sent again.
privacy-page-stored-photos = A photo uploaded for a tip that is never sent is deleted after one day.
privacy-page-stored-logs = We never write your IP address, your browser, your cookie, your chat id or your phone number in any log, nor what you write.
privacy-page-recipients-heading = Who may read the data
privacy-page-recipients = The answers are read by the staff of the police and the municipality who work with the citizen dialogue. They never see the code or your chat. The tips are read by the community police officer, who does not learn who you are unless you give your name or phone number yourself. We sell no data and give it to no one for advertising.
privacy-page-public-records = What you send to a public authority can become a public record (allmän handling). Others can then ask to read it, but first it is assessed whether anything in it is confidential.
privacy-page-published = The community police officer may choose to show single answers as quotes on the public results page, with their focus area and language but never who wrote them. Otherwise that page shows only numbers, and never so few that anyone could be pointed out. An answer you erase with /forget disappears from there too.
privacy-page-telegram = If you use Telegram, your messages pass through Telegram, which handles them under its own terms. The web chat does not go through Telegram.
privacy-page-rights-heading = Your rights
privacy-page-rights = You have the right to know what data we hold about you, to have mistakes corrected, to have the data erased, to ask for its processing to be restricted, and to object to it.
privacy-page-rights-mydata = Send /mydata (or choose it in the menu) to see everything stored about you.
privacy-page-rights-forget = Send /forget to erase everything about you, including the link between you and your tips.
privacy-page-dpo-heading = Data protection officer
privacy-page-dpo = The municipality's data protection officer: { $dpo }. The police's data protection officer: { $police_dpo }.
privacy-page-complaint-heading = Complaints
privacy-page-complaint = If you think we handle your data wrongly, you can complain to the Swedish Authority for Privacy Protection (IMY, Integritetsskyddsmyndigheten), imy.se.
privacy-page-date = This notice applies from { $date }.
privacy-page-stored-follow = If you choose to follow what is done about the promises, we store which areas you follow and the way back to your chat (on WhatsApp your phone number, on Telegram the chat's id number), under your code and apart from your answers. The police and the municipality see only how many follow. This is deleted at once when you send /unfollow or /forget.
privacy-page-stored-whatsapp = On WhatsApp we store, after you have agreed, when you last wrote to us. WhatsApp lets us write freely to you only for 24 hours after your last message; after that we may only send a message WhatsApp has approved in advance, saying that the community police officer has written about your tip. This is stored under your code, not under your number, and deleted within an hour after the 24 hours have passed, or at once when you send /forget.
privacy-page-whatsapp = If you use WhatsApp, your messages and your phone number pass through WhatsApp, which is owned by Meta. The municipality receives and sends the messages through Meta's service for businesses (the WhatsApp Business Cloud API), and WhatsApp also handles them under its own terms. We do not store the name of your WhatsApp profile. The web chat does not go through WhatsApp.
privacy-page-officer-chat = The community police officer receives the tips in a chat for officers on Telegram. So a tip – its text, photos, place, and a name and phone number if you gave them – passes through Telegram even when you send it on WhatsApp or in the web chat, and what the community police officer answers you in that chat goes the same way.
