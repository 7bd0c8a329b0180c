// The three sinks fed synthetic frames, checked from the outside: ffprobe for the video and the GIF,
// the files themselves for the PNG sequence; and what is left on disk when things go wrong.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "export/export_test_support.h"
#include "io/frame_sink.h"
#include "io/png_sequence_sink.h"

namespace touchline {
namespace {

namespace fs = std::filesystem;
using testing::ScratchDir;

constexpr int kW = 320, kH = 180;

std::unique_ptr<FrameSink> openSink(const std::string& path, int fps = 25) {
    auto format = outputFormatFor(path);
    EXPECT_TRUE(format.ok()) << format.error().message;
    auto sink = openFrameSink(path, *format, SinkSettings{kW, kH, fps, ""});
    EXPECT_TRUE(sink.ok()) << sink.error().message;
    return sink ? std::move(*sink) : nullptr;
}

// Feeds frames 0..count-1 (after the samples the sink asks for) and finishes.
Status feed(FrameSink& sink, int count) {
    for (int index : sink.sampleFrames(count)) {
        if (auto ok = sink.addSample(testing::syntheticFrame(index, kW, kH)); !ok) return ok;
    }
    for (int i = 0; i < count; ++i) {
        if (auto ok = sink.write(testing::syntheticFrame(i, kW, kH)); !ok) return ok;
    }
    return sink.finish();
}

void writeText(const std::string& path, const std::string& text) { std::ofstream(path) << text; }
std::string readText(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

class SinkTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!testing::haveFfmpeg()) GTEST_SKIP() << "ffmpeg and ffprobe are needed";
    }
    ScratchDir dir_;
};

TEST(OutputFormat, FollowsThePath) {
    EXPECT_EQ(*outputFormatFor("winner.mp4"), OutputFormat::Mp4);
    EXPECT_EQ(*outputFormatFor("Winner.MP4"), OutputFormat::Mp4);
    EXPECT_EQ(*outputFormatFor("winner.gif"), OutputFormat::Gif);
    EXPECT_EQ(*outputFormatFor("frames/"), OutputFormat::PngSequence);
    EXPECT_EQ(*outputFormatFor("frames"), OutputFormat::PngSequence);
    auto avi = outputFormatFor("winner.avi");
    ASSERT_FALSE(avi.ok());
    EXPECT_NE(avi.error().message.find(".mp4"), std::string::npos);
}

TEST_F(SinkTest, Mp4IsH264OfTheRightSizeLengthAndFrames) {
    const std::string out = dir_.path("clip.mp4");
    auto sink = openSink(out, 25);
    ASSERT_TRUE(sink);
    ASSERT_TRUE(feed(*sink, 50).ok());
    auto info = testing::probe(out);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->codec, "h264");
    EXPECT_EQ(info->width, kW);
    EXPECT_EQ(info->height, kH);
    EXPECT_EQ(info->frames, 50);
    EXPECT_NEAR(info->duration, 2.0, 0.05);
    EXPECT_EQ(dir_.entries(), std::vector<std::string>{"clip.mp4"});  // no temporary file left beside it
}

TEST_F(SinkTest, Mp4FramesKeepTheirOrderAndColours) {
    const std::string out = dir_.path("clip.mp4");
    auto sink = openSink(out, 25);
    ASSERT_TRUE(sink);
    ASSERT_TRUE(feed(*sink, 20).ok());
    for (int index : {0, 7, 19}) {
        auto frame = testing::decodeFrame(out, index);
        ASSERT_TRUE(frame);
        const Image expected = testing::syntheticFrame(index, kW, kH);
        for (auto [x, y] : {std::pair{kW / 2, kH / 8}, std::pair{5, kH - 5}}) {
            for (int c = 0; c < 3; ++c) {
                EXPECT_NEAR(frame->pixel(x, y)[c], expected.pixel(x, y)[c], 6) << "frame " << index << " channel " << c;
            }
        }
    }
}

TEST_F(SinkTest, GifHasEveryFrameAndStaysSmall) {
    const std::string out = dir_.path("clip.gif");
    auto sink = openSink(out, 20);
    ASSERT_TRUE(sink);
    EXPECT_FALSE(sink->sampleFrames(60).empty());
    ASSERT_TRUE(feed(*sink, 60).ok());
    auto info = testing::probe(out);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->codec, "gif");
    EXPECT_EQ(info->width, kW);
    EXPECT_EQ(info->height, kH);
    EXPECT_EQ(info->frames, 60);
    EXPECT_NEAR(info->duration, 3.0, 0.1);
    EXPECT_LT(fs::file_size(out), 200u * 1024u);
    EXPECT_EQ(dir_.entries(), std::vector<std::string>{"clip.gif"});  // the palette file is gone too
    // The palette keeps the colours: the red code bar of frame 30.
    auto frame = testing::decodeFrame(out, 30);
    ASSERT_TRUE(frame);
    EXPECT_NEAR(frame->pixel(kW / 2, kH / 8)[0], testing::syntheticCode(30), 12);
}

TEST_F(SinkTest, GifWithoutSamplesStillWorks) {
    const std::string out = dir_.path("clip.gif");
    auto sink = openSink(out, 20);
    ASSERT_TRUE(sink);
    for (int i = 0; i < 10; ++i) ASSERT_TRUE(sink->write(testing::syntheticFrame(i, kW, kH)).ok());
    ASSERT_TRUE(sink->finish().ok());
    auto info = testing::probe(out);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->frames, 10);
}

TEST(PngSequence, NumberedFramesWithExactPixels) {
    ScratchDir dir;
    const std::string out = dir.path("frames/");
    auto sink = openSink(out);
    ASSERT_TRUE(sink);
    ASSERT_TRUE(feed(*sink, 12).ok());
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir.path("frames"))) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    ASSERT_EQ(names.size(), 12u);
    EXPECT_EQ(names.front(), "frame_00001.png");
    EXPECT_EQ(names.back(), "frame_00012.png");
    auto frame = readPng(dir.path("frames/frame_00006.png"));
    ASSERT_TRUE(frame.ok());
    EXPECT_EQ(frame->rgba, testing::syntheticFrame(5, kW, kH).rgba);
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"frames"});
}

TEST(PngSequence, ReplacesAnOlderLongerSequenceButKeepsOtherFiles) {
    ScratchDir dir;
    fs::create_directories(dir.path("frames"));
    for (int i = 0; i < 20; ++i) writeText(dir.path("frames/" + sequenceFrameName(i)), "old");
    writeText(dir.path("frames/notes.txt"), "mine");
    auto sink = openSink(dir.path("frames"));
    ASSERT_TRUE(sink);
    ASSERT_TRUE(feed(*sink, 5).ok());
    int frames = 0;
    for (const auto& entry : fs::directory_iterator(dir.path("frames"))) frames += isSequenceFrameName(entry.path().filename().string());
    EXPECT_EQ(frames, 5);
    EXPECT_EQ(readText(dir.path("frames/notes.txt")), "mine");
    EXPECT_TRUE(readPng(dir.path("frames/frame_00005.png")).ok());
}

TEST(PngSequence, FrameNames) {
    EXPECT_EQ(sequenceFrameName(0), "frame_00001.png");
    EXPECT_EQ(sequenceFrameName(99999), "frame_100000.png");
    EXPECT_TRUE(isSequenceFrameName("frame_00042.png"));
    EXPECT_FALSE(isSequenceFrameName("frame_.png"));
    EXPECT_FALSE(isSequenceFrameName("frame_12a.png"));
    EXPECT_FALSE(isSequenceFrameName("notes.txt"));
}

// ---- what is left on disk when an export does not complete ----

TEST_F(SinkTest, AbortLeavesAnExistingVideoUntouchedAndNoTemporaryFiles) {
    for (const std::string name : {"clip.mp4", "clip.gif"}) {
        const std::string out = dir_.path(name);
        writeText(out, "the previous export");
        auto sink = openSink(out);
        ASSERT_TRUE(sink);
        for (int index : sink->sampleFrames(30)) ASSERT_TRUE(sink->addSample(testing::syntheticFrame(index, kW, kH)).ok());
        for (int i = 0; i < 10; ++i) ASSERT_TRUE(sink->write(testing::syntheticFrame(i, kW, kH)).ok());
        sink->abort();
        EXPECT_EQ(readText(out), "the previous export") << name;
        EXPECT_EQ(dir_.entries(), std::vector<std::string>{name}) << name;
        fs::remove(out);
    }
}

TEST_F(SinkTest, DestroyingAnUnfinishedSinkAborts) {
    const std::string out = dir_.path("clip.mp4");
    {
        auto sink = openSink(out);
        ASSERT_TRUE(sink);
        ASSERT_TRUE(sink->write(testing::syntheticFrame(0, kW, kH)).ok());
    }
    EXPECT_TRUE(dir_.entries().empty());
}

TEST(PngSequence, AbortLeavesNothing) {
    ScratchDir dir;
    auto sink = openSink(dir.path("frames/"));
    ASSERT_TRUE(sink);
    ASSERT_TRUE(sink->write(testing::syntheticFrame(0, kW, kH)).ok());
    sink->abort();
    EXPECT_TRUE(dir.entries().empty());
}

// ---- errors: one line, before any frame is drawn ----

TEST(SinkErrors, MissingFfmpegIsOneClearLine) {
    ScratchDir dir;
    for (OutputFormat format : {OutputFormat::Mp4, OutputFormat::Gif}) {
        auto sink = openFrameSink(dir.path("clip.out"), format, SinkSettings{kW, kH, 25, "/nonexistent/ffmpeg"});
        ASSERT_FALSE(sink.ok());
        EXPECT_NE(sink.error().message.find("ffmpeg not found"), std::string::npos);
        EXPECT_EQ(sink.error().message.find('\n'), std::string::npos);
    }
    EXPECT_TRUE(dir.entries().empty());
}

TEST(SinkErrors, UnwritablePaths) {
    ScratchDir dir;
    for (const std::string out : {"missing/clip.mp4", "missing/clip.gif", "missing/deeper/frames/"}) {
        auto format = outputFormatFor(dir.path(out));
        ASSERT_TRUE(format.ok());
        auto sink = openFrameSink(dir.path(out), *format, SinkSettings{kW, kH, 25, ""});
        ASSERT_FALSE(sink.ok()) << out;
        EXPECT_NE(sink.error().message.find("cannot write"), std::string::npos) << sink.error().message;
        EXPECT_NE(sink.error().message.find("No such file or directory"), std::string::npos) << sink.error().message;
    }
    // A file where the sequence's directory should be.
    writeText(dir.path("taken"), "x");
    auto sink = openFrameSink(dir.path("taken/"), OutputFormat::PngSequence, SinkSettings{kW, kH, 25, ""});
    ASSERT_FALSE(sink.ok());
    EXPECT_NE(sink.error().message.find("not a directory"), std::string::npos);
}

TEST_F(SinkTest, OddSizeVideoAndWrongFrameSize) {
    auto odd = openFrameSink(dir_.path("clip.mp4"), OutputFormat::Mp4, SinkSettings{321, 180, 25, ""});
    ASSERT_FALSE(odd.ok());
    EXPECT_NE(odd.error().message.find("even"), std::string::npos);
    auto sink = openSink(dir_.path("clip.mp4"));
    ASSERT_TRUE(sink);
    auto wrong = sink->write(testing::syntheticFrame(0, 160, 90));
    ASSERT_FALSE(wrong.ok());
    EXPECT_NE(wrong.error().message.find("expected 320x180"), std::string::npos);
}

}  // namespace
}  // namespace touchline
