package org.qianshou.story.photo;

import java.util.List;

/** Published inside the transaction that deleted photo rows: their files go once it has committed. */
record PhotoFilesReleased(List<String> storageKeys) {}
