### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### The dialogue: the question, the focus area, the follow-up questions.

dialogue-answer-hint = Write your answer in your own words, in any language you like (at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }).
dialogue-text-only = I can only read text here. Please write your answer as an ordinary message.
dialogue-answer-empty = The message was empty. Please write your answer in a few words.
dialogue-answer-too-long = Your answer is { $length ->
        [one] { $length } character
       *[other] { $length } characters
    } long, but it can be at most { $limit }. Please shorten it and send it again – or split it into several answers.
dialogue-answer-saved = Thank you, your answer is saved.
dialogue-focus-question = Which area does your answer concern most?
dialogue-follow-up-optional = Optional – you may skip this question.
dialogue-follow-up-skip = Skip
dialogue-thanks = Thank you for taking the time! Your answer helps the police and the municipality of { $municipality } do the right things.
