#include "Notifier.h"

Notifier::~Notifier() = default;
