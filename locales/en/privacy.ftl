### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### Privacy: consent, what is stored, erasing.

privacy-note =
    Before we start – this is how we handle what you write:
    • Your answers are stored under a code (pseudonymously), not under your name, username or phone number. The code is made from your chat account with a secret key and links your answers to your chat, so that you yourself can see and erase them. The police and the municipality never see the code.
    • We do not store the name or username of your chat account. If you send a tip or follow what is done, we store the way back to your chat (on WhatsApp, your phone number) apart from the answers, so that we can answer you. On WhatsApp we also store when you last wrote, for about a day. All of this is erased by /forget.
    • We store your answer, which area it concerns, the optional background questions and the language you use.
    • The answers are read by the police and the municipality of { $municipality } and used to see which problems there are and what needs to be done.
    • The community police officer may choose to show an answer, without who wrote it, on the public page of what the dialogue said. So write no names in your answer.
    • You can see your data at any time with /mydata and erase everything with /forget.
privacy-consent-question = Do you agree that we store your answers in this way?
privacy-agree = Yes, I agree
privacy-decline = No, thanks
privacy-thanks = Thank you!
privacy-declined = All right, nothing of yours is stored. You can still read the promises with /promises. If you change your mind, send /start.

mydata-intro =
    This is what is stored about you:
    Language: { $language }
    Agreed: { $consent }
    Answers: { $answers }
mydata-follow-up = { $question } { $option }
mydata-answer =
    { $date } – { $area }
    "{ $text }"
mydata-no-area = (no area chosen)
mydata-erase-hint = Want to erase everything? Send /forget.

forget-confirm =
    { $answers ->
        [0] You have no stored answers. Erase everything about you anyway, including your language choice?
        [one] Do you want to erase your answer and everything else we have stored about you? This cannot be undone.
       *[other] Do you want to erase your { $answers } answers and everything else we have stored about you? This cannot be undone.
    }
forget-yes = Yes, erase everything
forget-no = No, keep it
forget-done = Done. Everything you have shared has been erased. Send /start if you want to begin again.
forget-kept = All right, nothing was erased.
mydata-whatsapp-window = When you last wrote on WhatsApp: { $time } (kept for about a day, so that we know whether we may answer you)
