## The child's own say about the SIP (dialogs/samtycke-barn.yaml)

sab-title = What do you think about the plan?

sab-intro = Hello! Adults help you. They want to make a plan for you. They make the plan at a meeting. Now you can say what you think.
sab-intro-help = The plan is called a SIP. It should help you. You and your family take part in the meeting.
sab-sip = Do you want the adults to make a plan for you?
sab-sip-help = The adults should listen to your answer. Your coordinator sees the answer. That is the adult who arranges the meeting.
sab-sip-yes = Yes
sab-sip-unsure = I do not know
sab-sip-no = No
sab-topics = What may the adults talk about? Choose.
sab-topics-help = Choose what they may talk about. You can skip this.
sab-done = Thank you! Your coordinator gets to know what you think.
sab-done-help = You can change your mind. Tell an adult. If someone hurts you, the adults must help you.
