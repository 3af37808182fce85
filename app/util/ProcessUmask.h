#pragma once

// The process's umask (for files made from an archive: extraction, "save as"), read without
// changing it even for a moment: other threads create files at the same time.
namespace ProcessUmask {
int current();
}
