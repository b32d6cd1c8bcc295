demo-title = Try Delaktig
demo-welcome = Hello! This is a short try. You answer a few questions. You choose what you want to answer.
demo-welcome-help = This is only to try. No answers are sent to anyone.
demo-areas = What is important to you right now? Choose one or more.
demo-areas-help = Choose the things you want to talk about. You can choose several.
demo-area-school = School
demo-area-friends = Friends
demo-area-free-time = Free time
demo-area-how = How are things { $area ->
    [school] at school
    [friends] with friends
   *[other] in your free time
  } now?
demo-area-how-help = Choose a number. 1 is very bad. 5 is very good.
demo-area-hard = What is hard { $area ->
    [school] at school
    [friends] with friends
   *[other] in your free time
  }?
demo-area-hard-help = Write in your own words. You can also skip.
demo-area-good = What goes well { $area ->
    [school] at school
    [friends] with friends
   *[other] in your free time
  }?
demo-area-good-help = Write something that is good. It can be a small thing.
demo-meeting = Do you want to be at the meeting?
demo-meeting-help = The meeting is when the adults who help you meet. You may be there if you want.
demo-meeting-yes = Yes
demo-meeting-no = No
demo-message = What do you want the adults to know?
demo-message-help = You are not at the meeting. Write what you want to say. Someone reads it to the adults.
demo-review = Here are your answers. Choose who may see each answer.
demo-review-help = You decide who may see your answers. The meeting is all the adults. Your coordinator is the adult who arranges the meeting.
demo-done = Thank you! Your answers are saved.
