### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = وعود للسكان في Dals-Ed
campaign-intro = تريد الشرطة وبلدية Dals-Ed أن تعرف ما الذي تراه مهمًا لتشعر بالأمان والطمأنينة، سواء كنت تسكن في البلدية أو تعمل فيها أو تزورها. تساعدنا الإجابات على معرفة المشكلات الموجودة وتقديم وعود تتضمن أنشطة ملموسة.
campaign-question = برأيك، ما الإجراءات التي يمكن أن تتخذها الشرطة والبلدية لزيادة سلامتك وثقتك وشعورك بالأمان؟
campaign-contact-title = شرطي المنطقة

campaign-focus-visible-police = شرطة أكثر ظهورًا
campaign-focus-migration-integration = الهجرة والاندماج
campaign-focus-traffic-safety = السلامة المرورية
campaign-focus-other = موضوع آخر

campaign-promise-visible-police = تعد الشرطة وبلدية Dals-Ed بأن تكون الشرطة أكثر ظهورًا وأكثر حضورًا. الهدف هو زيادة الشعور بالأمان في المناطق التي يواجه فيها السكان مشكلات. ويرى السكان أن وجود شرطة قريبة يسهل الوصول إليها يجعل الناس يشعرون بأمان أكبر.
campaign-promise-migration-integration = تعمل البلدية والشرطة معًا على ما يساعد العمل في مجال الهجرة والاندماج. وما زال كثيرون يشعرون بعدم الأمان والقلق إزاء هذا العمل. وقد بُذلت جهود بالفعل في مساكن البلدية وفي مرافق مصلحة الهجرة (Migrationsverket).
campaign-promise-traffic-safety = تعمل البلدية والشرطة معًا وتقومان بما يزيد السلامة المرورية في البلدية.

campaign-follow-up-visible-police = الخطة: في بداية عام 2017 تُوضع خطة عمل مشتركة تحدد من سيفعل ماذا وفق الموارد المتاحة، وكيف تتعاون البلدية والشرطة.
campaign-follow-up-migration-integration = الخطة: في بداية عام 2017 تُوضع خطة عمل مشتركة تحدد من سيفعل ماذا وفق الموارد المتاحة، وكيف تتعاون البلدية والشرطة.
campaign-follow-up-traffic-safety = الخطة: في بداية عام 2017 تُوضع خطة عمل مشتركة تحدد من سيفعل ماذا وفق الموارد المتاحة، وكيف تتعاون البلدية والشرطة.

campaign-fq-relation = هل تسكن في Dals-Ed أو تعمل فيها أو تزورها؟
campaign-fq-relation-lives = أسكن هنا
campaign-fq-relation-works = أعمل هنا
campaign-fq-relation-visits = أنا في زيارة

campaign-fq-age-group = كم عمرك؟
campaign-fq-age-under-18 = أقل من 18
campaign-fq-age-18-29 = 18–29
campaign-fq-age-30-49 = 30–49
campaign-fq-age-50-64 = 50–64
campaign-fq-age-65-plus = 65 أو أكثر

campaign-fq-area = أي جزء من البلدية يتعلق به الأمر؟
campaign-fq-area-ed = بلدة إيد (Ed)
campaign-fq-area-gesater = يسيتر (Gesäter)
campaign-fq-area-habol = هوبول (Håbol)
campaign-fq-area-nossemark = نوسمارك (Nössemark)
campaign-fq-area-rolanda = رولاندا (Rölanda)
campaign-fq-area-toftedal = توفتيدال (Töftedal)
campaign-fq-area-outside = خارج البلدية
