### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### Following what happens: /follow, /unfollow and the updates on the promises.

follow-intro = Ma rabtaa inaad ogaato waxa booliiska iyo degmadu ka qabanayaan ballanqaadka dadweynaha? Dooro mawduuc, ama dhammaantood. Waxaan kaydinnaa oo keliya isla koodhka jawaabahaaga lagu kaydiyo iyo wada-sheekaysiga wararka loo dirayo, wax kale ma kaydinno. Waad joojin kartaa markaad rabto adigoo qoraya /unfollow.
follow-current = Waxaad la socotaa: { $area }
follow-current-all = Waxaad la socotaa dhammaan mawduucyada.
follow-all-areas = dhammaan mawduucyada
follow-all-button = Dhammaan mawduucyada
follow-stop-button = Jooji la socodka
follow-done = Waa diyaar! Warar ku saabsan { $area } ayaad halkan wada-sheekaysiga ku heli doontaa. Qor /unfollow markaad rabto inaad joojiso.
follow-done-all = Waa diyaar! Warar ku saabsan dhammaan mawduucyada ayaad halkan wada-sheekaysiga ku heli doontaa. Qor /unfollow markaad rabto inaad joojiso.
# On WhatsApp, after follow-done, when the campaign names no template for updates (README, "WhatsApp").
follow-whatsapp-waits = WhatsApp-ka waxaan kuu qori karnaa oo keliya hal maalin gudaheed kadib fariintaadii ugu dambeysay. War dambe yimaada halkan ayuu sugayaa ilaa aad wax noo qorto.
follow-already = Horey ayaad ula socotay { $area }.
follow-already-all = Horey ayaad ula socotay dhammaan mawduucyada.
follow-offer = Ma rabtaa inaad ogaato waxa laga qabanayo { $area }? Warar ayaan halkan u soo diri doonnaa marka booliisku ama degmadu sheegaan waxa ay qabteen.
follow-offer-button = La soco { $area }
unfollow-done = Hadda waxba lama socotid. Meeshii wararka loo diri jiray waa la tirtiray.
unfollow-nothing = Hadda waxba lama socotid. Qor /follow haddii aad rabto warar ku saabsan ballanqaadyada.
follow-update-title = War cusub oo ka yimid { $municipality } oo ku saabsan ballanqaadka { $area } ({ $date }):
follow-update-in-swedish = Warkan waxaa lagu qoray af Iswiidhish:
follow-update-footer = Waxaad tan u helaysaa sababtoo ah waxaad dooratay inaad la socoto ballanqaadka dadweynaha. Qor /unfollow si aad u joojiso.
follow-promises-update = Waxa la qabtay ({ $date }):
follow-help-commands =
    /follow – hel warar ku saabsan waxa laga qabanayo ballanqaadyada
    /unfollow – jooji wararka
command-follow = La soco waxa la qabanayo
command-unfollow = Jooji la socodka
follow-menu-button = La soco waxa dhacaya
follow-mydata-return-path = Jidka wada-sheekaysigaaga lagu soo gaaro waa la kaydiyaa, si aan kuugu soo dirno waxa la qabanayo, ilaa aad dirto /unfollow ama /forget.
