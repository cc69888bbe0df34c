### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### Tips to the kommunpolis, the officer's side: what the officer chat shows and says.

officer-chat-tip-title = New tip { $reference }
officer-chat-tip-facts =
    About: { $topic }
    Language of the text: { $language }
    The tipster chats in: { $locale }
    Received: { $date }
officer-chat-tip-no-text = (No text, only photos or a place.)
officer-chat-tip-contact = The tipster wants to be contacted: { $name }, phone { $phone }
officer-chat-tip-anonymous = The tipster is anonymous.
officer-chat-tip-attachments = Attached: { $count ->
        [one] { $count } photo
       *[other] { $count } photos
    }, { $location } (sent below).
officer-chat-tip-has-location = a place
officer-chat-tip-no-location = no place
officer-chat-tip-place = The place in the tipster's words: { $place }
officer-chat-reply-hint = Reply to this message to write to the tipster. Your words are sent as you wrote them, without your name, and you will not learn who the tipster is.
officer-chat-photos-caption = Photo for the tip { $reference }
officer-chat-answer-title = The tipster answers about { $reference }:
officer-chat-language-name =
    { $code ->
        [sv] Swedish
        [en] English
        [ar] Arabic
        [fa] Dari/Persian
        [so] Somali
        [ti] Tigrinya
        [uk] Ukrainian
        [und] unknown
       *[other] { officer-language-other }
    }

officer-chat-taken-button = Take
officer-chat-closed-button = Close
officer-chat-new-button = Back to new
officer-chat-block-button = Block the tipster
officer-chat-unblock-button = Lift the block
officer-chat-status-name-new = new
officer-chat-status-name-taken = taken
officer-chat-status-name-closed = closed

officer-chat-status-set = The tip { $reference } is now { $status }.
officer-chat-status-unchanged = The tip { $reference } was already { $status }.
officer-chat-tipster-notified = The tipster will be told.
officer-chat-tipster-not-notified = The tipster can no longer be reached and will not be told.
officer-chat-no-such-tip = There is no tip { $reference }.
officer-chat-message-queued = Your answer is being sent to the tipster ({ $reference }).
officer-chat-tipster-unreachable = The tipster of { $reference } can no longer be reached (the tip was closed long ago, or the tipster erased their data). Nothing was sent.
officer-chat-message-empty = The message was empty; nothing was sent.
officer-chat-message-too-long = The message is too long (at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }); nothing was sent.
officer-chat-blocked = The tipster of { $reference } is blocked and cannot send more tips or answers.
officer-chat-already-blocked = The tipster of { $reference } was already blocked.
officer-chat-unblocked = The block on the tipster of { $reference } has been lifted.
officer-chat-not-blocked = The tipster of { $reference } was not blocked.
officer-chat-block-unlinked = The tipster of { $reference } has erased their data and can no longer be singled out, not even for a block.
officer-chat-not-allowed = Only authorised community police officers can handle tips here. Nothing was sent.
officer-chat-reply-no-tip = That message does not belong to a tip. Reply to the tip itself or to the tipster's answer.
officer-chat-text-only = Only text can be passed on to the tipster.
officer-chat-edit-ignored = Edits of messages are not passed on. Write a new answer if something needs correcting.
officer-chat-unknown-button = I do not recognise that button.
officer-chat-help =
    Tips to the community police officer arrive here.
    • The buttons under a tip set its status (taken, closed, new); the tipster is told.
    • Reply to a tip, or to the tipster's answer, and your reply is sent to the tipster.
    • "Block the tipster" stops more tips from the same person, without you learning who it is.
