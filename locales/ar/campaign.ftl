### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = وعود للسكان في دالس-إيد
campaign-intro = تريد الشرطة وبلدية دالس-إيد أن تعرف ما الذي تراه مهمًا لتشعر بالأمان والطمأنينة، سواء كنت تسكن في البلدية أو تعمل فيها أو تزورها. تساعدنا الإجابات على توضيح صورة المشكلات وتقديم وعود تتضمن أنشطة ملموسة.
campaign-question = برأيك، ما الإجراءات التي يمكن أن تتخذها الشرطة والبلدية لزيادة سلامتك وثقتك وشعورك بالأمان؟
campaign-contact-title = شرطي البلدية

campaign-focus-visible-police = شرطة أكثر ظهورًا
campaign-focus-migration-integration = الهجرة والاندماج
campaign-focus-traffic-safety = السلامة المرورية
campaign-focus-other = موضوع آخر

campaign-promise-visible-police = تعد الشرطة وبلدية دالس-إيد بزيادة حضور الشرطة وظهورها. الهدف هو زيادة الشعور بالأمان في المناطق التي يواجه فيها السكان مشكلات – فالشرطة الحاضرة التي يسهل الوصول إليها تعزز الشعور بالأمان.
campaign-promise-migration-integration = تتعاون البلدية والشرطة في إجراءات تدعم العمل في مجال الهجرة والاندماج، في مساكن البلدية وفي مرافق مصلحة الهجرة (Migrationsverket) على حد سواء، لأن كثيرين ما زالوا يشعرون بعدم الأمان والقلق إزاء هذا العمل.
campaign-promise-traffic-safety = تتعاون البلدية والشرطة وتتخذان إجراءات تزيد السلامة المرورية في البلدية.

campaign-follow-up-visible-police = المتابعة: تُوضع في بداية عام 2017 خطة عمل تحدد من يفعل ماذا.
campaign-follow-up-migration-integration = المتابعة: تُوضع في بداية عام 2017 خطة عمل تصف كيف تتعاون البلدية والشرطة.
campaign-follow-up-traffic-safety = المتابعة: تُوضع في بداية عام 2017 خطة عمل تحدد من يفعل ماذا وفق الموارد المتاحة.

campaign-fq-relation = هل تسكن في دالس-إيد أو تعمل فيها أو تزورها؟
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
