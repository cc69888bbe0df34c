### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### Common texts: greeting, language, help, promises, menu, errors.

start-welcome = Hello and welcome to the citizen dialogue in { $municipality }!
common-not-emergency = This is not an emergency channel. In an emergency or if a crime is happening now, call 112. To reach the police otherwise, call 114 14.
common-use-buttons = Please choose with the buttons below.
common-stale-button = That button belongs to an earlier step and no longer works. Here is where we are:
common-unknown-command = I don't know that command. Send /help to see what I can do.
common-private-only = I only talk in private chats, so that your answers stay between us. Please write to me directly.
common-edit-ignored = I don't read edits of messages already sent. Please send a new message instead.
common-error = Sorry, something went wrong on our side and what you sent could not be saved. Please try again in a moment.
common-cancelled = OK, cancelled.

language-name = English
language-pick = Choose your language:
language-set = We are now speaking { $language }.
language-kept = All right, we'll keep the same language.
language-switch-offer = It looks like you are writing in { $language }. Would you like me to switch to that language?
language-switch-yes = Yes, switch to English
language-switch-no = No, keep the language

help-intro = Here you can tell the police and the municipality of { $municipality } what would increase your safety, your trust and your sense of security. Your answers are stored without your name, and the police and the municipality do not see who wrote them.
help-commands =
    What you can do:
    /answer – answer the question (again)
    /promises – read the promises
    /results – see what the dialogue has said
    /mydata – see what is stored about you
    /forget – erase everything you have shared
    /language – change the language
    /privacy – read how your data is handled
    /cancel – stop what you are doing
help-contact = Want to talk to someone? Contact { $name }, { $title }, phone { $phone }.

promises-intro = The citizen promise of { $municipality }: what the police and the municipality promised, based on what residents said.
promises-area =
    ▪ { $area }
    { $promise }
    { $follow_up }

menu-what-next = What would you like to do now?
menu-use-buttons = Would you like to give another answer? Press "Give another answer".
menu-another-answer = Give another answer
menu-promises = Read the promises
menu-help = Help

command-start = Start or continue
command-answer = Answer the question
command-promises = The promises
command-mydata = See what is stored about you
command-forget = Erase your data
command-language = Change the language
command-help = Help and contact

# Delivery (the inbox): an update kept while the database cannot take it; the flood limit.
common-answer-later = We have received your message but cannot answer right now. We will answer as soon as we can – you do not need to send it again.
common-too-many-messages = You are sending many messages in a short time. Please wait a minute – messages sent before then are not read.
