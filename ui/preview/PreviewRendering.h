#pragma once

namespace hookmail {

// How the email preview (Qt WebEngine) draws. Call once, before the QApplication exists.
//
// By default Chromium rasterises the email in software and Qt Quick shows the bitmap with its software
// (QPainter) backend. An email is a static page, so this costs little, and it avoids the expensive case:
// on machines without a usable GPU (virtual machines, remote desktops, Xvfb) the OpenGL path runs on Mesa's
// llvmpipe, whose threads took both CPUs of a 2-core machine and stalled the window by up to 50 ms per
// keystroke (tests/bench figure 2). On X11 it also keeps OpenGL out of the process altogether
// (QT_XCB_GL_INTEGRATION=none unless set). HOOKMAIL_PREVIEW_GPU=1 keeps Qt's and Chromium's GPU defaults.
void configurePreviewRendering();

} // namespace hookmail
