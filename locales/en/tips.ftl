### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### Tips to the kommunpolis, the resident's side: the notice, the steps, the reference, /mytips, answers.

# The office hours of the Dals-Ed campaign (bot/campaigns/dals-ed-2017.toml, [tips]).
campaign-tips-office-hours = on weekdays during office hours
tips-office-hours-unknown = during office hours

tips-menu-button = Send a tip to the community police officer
tips-help-commands =
    /tip – send a tip to the community police officer
    /mytips – see your tips and how they are going
command-tip = Send a tip to the police
command-mytips = Your tips and their status
tips-not-offered = This service does not take tips. Call the police on 114 14, or 112 in an emergency.
tips-privacy-note =
    If you send a tip to the community police officer:
    • The police do not learn who you are, unless you choose to leave your name and phone number.
    • The police never see your name, username or account here. The tip is linked to your chat by the same kind of code as your answers, so that you can follow it with /mytips. So that the police can answer you, we store, separately from the tip, which chat it came from. That is deleted { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the tip is closed, or when you write /forget.
    • A tip the police have received becomes an official public document (allmän handling). The text stays with the police even if you write /forget, but the link to you is removed.
tips-mydata = Tips you have sent: { $count } (see them with /mytips)
tips-forget-note =
    { $count ->
        [one] Your tip stays with the police as a public document, but everything that links it to you is deleted: the chat we answer to, your name and phone number if you left them, and the code you are stored under. The police can then no longer answer you about it.
       *[other] Your { $count } tips stay with the police as public documents, but everything that links them to you is deleted: the chat we answer to, your name and phone number if you left them, and the code you are stored under. The police can then no longer answer you about them.
    }

tips-notice-intro = Here you can send a tip to the community police officer (kommunpolis). A tip is not a police report: to report a crime, call 114 14 or go to polisen.se. First, a few things that are good to know:
tips-notice-office-hours = Tips are read { $hours }, not around the clock. Do not count on a quick answer.
tips-notice-public-record = A tip the police receive becomes an official public document (allmän handling). That means other people can ask to read the tip. Before anyone else may read it, the police assess whether the information must be kept secret (a secrecy assessment).
tips-notice-anonymous = The police do not see who you are: to them you are anonymous. The service links the tip to your chat with a code, so that you can follow it with /mytips and get answers here. If you want to be contacted, you can leave your name and phone number yourself. You can skip any step or cancel at any time.
tips-continue-button = Continue
tips-cancel-button = Cancel
tips-skip-button = Skip
tips-cancelled = OK, the tip was not sent.
tips-blocked = Sorry, we no longer accept tips from you here. In an emergency or if a crime is happening now, call 112. To reach the police otherwise, call 114 14.
tips-limit-reached = You have sent { $limit ->
        [one] { $limit } tip
       *[other] { $limit } tips
    } in the last hour, which is the limit. Please wait a while and try again. In an emergency, call 112.

tips-topic-question = What is the tip about? If you are not sure, choose "Something else".
tips-topic-crime = A crime or a disturbance
tips-topic-other = Something else

tips-text-question = Tell us in your own words what it is about: what, where and when. Write in any language you like (at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }). If you only want to send photos or a place, you can skip the text.
tips-text-only = I can only read text here. Write the tip as an ordinary message.
tips-text-empty = The message was empty. Please write a few words.
tips-text-too-long = The text is { $length ->
        [one] { $length } character
       *[other] { $length } characters
    } long, but may be at most { $limit }. Please shorten it and send it again.

tips-photos-question = Do you want to add photos? Send up to { $limit ->
        [one] { $limit } photo
       *[other] { $limit } photos
    }, one at a time or several at once. Then press "Done". You can also skip this.
tips-photos-done-button = Done ({ $count ->
        [one] { $count } added
       *[other] { $count } added
    })
tips-photos-only = I can only accept photos here (not files, videos or stickers). Send a photo, or press a button.
tips-photos-full = You have already added { $limit ->
        [one] { $limit } photo
       *[other] { $limit } photos
    }, which is the most allowed.
tips-photo-added = Photo { $count } of at most { $limit } added. Send more, or press "Done".
# The same steps where the channel shows a file picker and a "share my location" button (the web chat).
tips-photos-question-form = Do you want to add photos? Choose a photo with the button below (JPEG, PNG or WebP), one at a time, up to { $limit ->
        [one] { $limit } photo
       *[other] { $limit } photos
    }. Then press "Done". You can also skip this.
tips-photos-only-form = I can only accept photos here. Choose a photo with the button below, or press a button.
tips-photo-added-form = Photo { $count } of at most { $limit } added. Choose more with the button below, or press "Done".
tips-photo-too-large = The photo is too large. It may be at most { $limit } MB. Choose a smaller photo, or skip.
tips-photo-not-an-image = That file is not a photo I can accept. Choose a photo in JPEG, PNG or WebP format.

tips-location-question = Do you want to show where it is? Share a location: tap the paper clip (📎) and choose "Location". Or write briefly where it is (at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }). You can also skip this.
tips-location-hint = Here I can take a shared location or a short description of the place. Tap the paper clip (📎) and choose "Location", write where it is – or skip.
tips-location-question-form = Do you want to show where it is? Use "Share my location" below, or write briefly where it is in the message box (at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }). You can also skip this.
tips-location-hint-form = Here I can take your location or a short description of the place. Use "Share my location", write where it is – or skip.
tips-location-added = The location has been added.
tips-place-too-long = The description of the place is { $length ->
        [one] { $length } character
       *[other] { $length } characters
    } long, but may be at most { $limit }. Please shorten it.
tips-place-added = The place has been added.

tips-contact-question = The police do not know who you are. Do you want the police to be able to contact you? This is entirely optional.
tips-anonymous-button = No, I want to stay anonymous
tips-contact-me-button = Yes, I will leave my name and phone
tips-name-question = What is your name? (Optional – you can skip this.)
tips-name-invalid = Please write your name in at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }, or skip.
tips-phone-question = Which phone number can the police reach you on? (Optional – you can skip this.)
tips-phone-invalid = That does not look like a phone number. Write the number in digits, for example 070-123 45 67, or skip.

tips-empty = The tip is empty. Write a few words about what it is about, or add a photo or a place.
tips-summary-intro = This is your tip:
tips-summary-topic = About: { $topic }
tips-summary-text = Text: "{ $text }"
tips-summary-no-text = Text: (none)
tips-summary-photos =
    { $count ->
        [0] Photos: none
       *[other] Photos: { $count }
    }
tips-summary-location-yes = Place: added
tips-summary-location-no = Place: none
tips-summary-place = Place described: "{ $place }"
tips-summary-contact = Contact: { $name }, { $phone }. The police may contact you.
tips-summary-anonymous = Contact: none – the police will not know who you are.
tips-summary-not-given = (not given)
tips-summary-question = Do you want to send the tip to the community police officer?
tips-send-button = Send the tip

tips-sent = Thank you! Your tip has been sent. Your reference number is { $reference } – keep it if you want to ask about the tip.
tips-next-steps = The community police officer reads the tip { $hours }. If the police change the status of the tip or write to you, you will get a message here, with the reference number.
tips-mytips-hint = Write /mytips to see your tips and how they are going.

tips-mytips-none = You have not sent any tips. Write /tip to send one.
tips-mytips-intro =
    { $count ->
        [one] Your tip:
       *[other] Your { $count } tips, the latest first:
    }
tips-mytips-item =
    { $reference } – { $date }
    { $topic } – { $status }
tips-status-name-new = received, waiting to be read
tips-status-name-taken = the police are working on it
tips-status-name-closed = closed

tips-status-changed-new = Your tip { $reference } is waiting again for the police to take it up.
tips-status-changed-taken = The community police officer is now working on your tip { $reference }.
tips-status-changed-closed = The community police officer has closed your tip { $reference }. Thank you for getting in touch!
tips-officer-wrote = The community police officer has written to you about your tip { $reference }:
tips-answer-hint = Do you want to answer? Press "Answer". The police still do not know who you are.
tips-answer-button = Answer
tips-answer-unknown = I can no longer find that tip among your tips.
tips-answer-question = Write your answer to the police about the tip { $reference } (at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }).
tips-answer-sent = Thank you, your answer has been sent to the police ({ $reference }).
tips-answer-limit-reached = You have sent many answers in the last hour. Please wait a while before you write again. In an emergency, call 112.

# A photo sent as a file (issue 8.2): it keeps its EXIF, so it is refused
tips-photo-as-file = That picture came as a file. A file often keeps where and when the picture was taken and on which phone, so I do not take it. Send it as a photo instead (pick it from the gallery, not as a file): Telegram then removes that information. Or press a button.
