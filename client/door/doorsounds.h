#pragma once

#include "door/scanbanner.h"

#include <QObject>

class QSoundEffect;

namespace mq::client {

// A different sound for each kind of answer, so the door clerk knows without looking: a bright
// chime (admitted), a low double buzz (refused), one beep (look at the screen). A computer
// without an audio device stays silent; nothing else changes.
class DoorSounds : public QObject
{
    Q_OBJECT
public:
    explicit DoorSounds(QObject *parent = nullptr);

    void play(ScanBanner::Tone tone);
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // The sound played last (for tests on machines without audio), or an empty string.
    QString lastPlayed() const { return m_lastPlayed; }

private:
    QSoundEffect *effect(const QString &name);

    bool m_enabled = true;
    QString m_lastPlayed;
    QSoundEffect *m_admitted = nullptr;
    QSoundEffect *m_refused = nullptr;
    QSoundEffect *m_attention = nullptr;
};

} // namespace mq::client
