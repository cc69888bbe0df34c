### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### The web chat: page texts around the conversation (the conversation itself is in the other files).

web-site-name = Citizen dialogue { $municipality }
web-site-tagline = The police and the municipality of { $municipality }
web-skip-to-content = Skip to content
web-language-label = Language
web-language-change = Change language
web-conversation = The conversation
web-start = Start
web-sender-bot = Citizen dialogue
web-sender-resident = You
web-sender-officer = Community police officer
web-message-label = Your message
web-message-hint = Write in your own words, in any language you like. Do not write your name or other people's names unless it is needed.
web-send = Send
web-menu-heading = More options
web-footer-privacy = The conversation is kept for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } under a random code in a cookie in this browser, so that you can come back to it and read answers to your tips. No name is stored, and you can erase everything with "Erase your data".
web-footer-contact = Contact: { $name }, { $title }, phone { $phone }.
web-footer-officer-link = Log in for police and municipality staff
web-error-forbidden = The form could not be sent. Reload the page and try again.
web-error-not-found = This page does not exist.
web-error-too-large = What you sent was too large.
web-error-too-many = Too many attempts. Wait a while and try again.
web-error-general = Something went wrong on our side. Please try again in a while.
web-error-back = Back to the citizen dialogue

# The tip's photo and place steps in the web chat (handlers/tips.py words the prompts).
web-photo-label = Choose a photo (JPEG, PNG or WebP, at most { $limit } MB)
web-photo-send = Add the photo
web-location-share = Share my location
web-location-failed = Your location could not be read. Write briefly where it is instead.

# The web chat's per-client limit (issue 8.9, bot/channels/web/flood.py)
web-error-flood = Very many messages have come from your internet connection in a short time, so the chat is pausing for a while. What you just sent did not arrive: send it again in a few minutes. In an emergency, call 112.
