#pragma once

#include <QApplication>
#include <QWidget>

// Finding the real widgets of the action dialogs and panels, by objectName, in GUI tests.
namespace ActionsTestWidgets {

// The named child; a missing one ends the test run at once with its name, since every later
// step would only fail less clearly.
template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// A visible top-level window (a dialog opened with open()) by objectName, or nullptr.
template<typename T>
T *findTopLevel(const char *name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String(name) && w->isVisible())
            return qobject_cast<T *>(w);
    }
    return nullptr;
}

} // namespace ActionsTestWidgets
