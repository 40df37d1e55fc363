#include "door/doorsounds.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mq::client {

DoorSounds::DoorSounds(QObject *parent)
    : QObject(parent)
{
    // Loaded once, ahead of the first scan: a sound must not lag behind its banner.
    if (QMediaDevices::defaultAudioOutput().isNull())
        return;
    m_admitted = effect(u"admitted"_s);
    m_refused = effect(u"refused"_s);
    m_attention = effect(u"attention"_s);
}

QSoundEffect *DoorSounds::effect(const QString &name)
{
    auto *sound = new QSoundEffect(this);
    sound->setSource(QUrl(u"qrc:/sounds/%1.wav"_s.arg(name)));
    sound->setVolume(0.9f);
    return sound;
}

void DoorSounds::play(ScanBanner::Tone tone)
{
    QSoundEffect *sound = nullptr;
    switch (tone) {
    case ScanBanner::Tone::Admitted:
        sound = m_admitted;
        m_lastPlayed = u"admitted"_s;
        break;
    case ScanBanner::Tone::Refused:
        sound = m_refused;
        m_lastPlayed = u"refused"_s;
        break;
    case ScanBanner::Tone::Attention:
    case ScanBanner::Tone::Info:
        sound = m_attention;
        m_lastPlayed = u"attention"_s;
        break;
    case ScanBanner::Tone::Ready:
        return;
    }
    if (!m_enabled || !sound)
        return;
    sound->stop(); // a scan a second: the new answer's sound, not the end of the last one
    sound->play();
}

} // namespace mq::client
