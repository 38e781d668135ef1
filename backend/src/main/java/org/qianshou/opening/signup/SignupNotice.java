package org.qianshou.opening.signup;

import org.qianshou.system.mail.OutgoingMessage;

/** A message to a volunteer, decided inside a transaction and sent once it has committed. */
record SignupNotice(OutgoingMessage message) {}
