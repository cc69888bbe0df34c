### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### Following what happens: /follow, /unfollow and the updates on the promises.

follow-intro = Would you like to hear what the police and the municipality do about the citizen promise? Choose a focus area, or all of them. We store only the same code your answers are stored under and which chat the news goes to, nothing else. You can stop whenever you like with /unfollow.
follow-current = You follow: { $area }
follow-current-all = You follow all focus areas.
follow-all-areas = all focus areas
follow-all-button = All focus areas
follow-stop-button = Stop following
follow-done = Done! You will get news about { $area } here in the chat. Send /unfollow when you want to stop.
follow-done-all = Done! You will get news about all focus areas here in the chat. Send /unfollow when you want to stop.
# On WhatsApp, after follow-done, when the campaign names no template for updates (README, "WhatsApp").
follow-whatsapp-waits = On WhatsApp we can write to you only within a day of your last message. News that comes later waits here until you write something to us.
follow-already = You already follow { $area }.
follow-already-all = You already follow all focus areas.
follow-offer = Would you like to hear what is done about { $area }? We will send news here when the police or the municipality tell what they have done.
follow-offer-button = Follow { $area }
unfollow-done = You no longer follow anything. Where the news was to be sent has been deleted.
unfollow-nothing = You do not follow anything at the moment. Send /follow if you would like news about the promises.
follow-update-title = News from { $municipality } on the promise about { $area } ({ $date }):
follow-update-in-swedish = This news was written in Swedish:
follow-update-footer = You get this because you chose to follow the citizen promise. Send /unfollow to stop.
follow-promises-update = What has been done ({ $date }):
follow-help-commands =
    /follow – get news about what is done with the promises
    /unfollow – stop getting news
command-follow = Follow what is done
command-unfollow = Stop following
follow-menu-button = Follow what happens
follow-mydata-return-path = The way back to your chat is stored, so that we can send you what is done, until you send /unfollow or /forget.
