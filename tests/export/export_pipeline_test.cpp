// The export loop, with a sink that records what reached it: order, samples, cancel and failure.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "io/export_pipeline.h"

namespace touchline {
namespace {

// Draws the frame index into the first pixel (and takes a little time, so workers interleave).
class IndexRenderer final : public FrameRenderer {
public:
    explicit IndexRenderer(std::atomic<int>* drawn = nullptr) : drawn_(drawn) {}
    void render(int index, Image& out) override {
        out.width = 8;
        out.height = 8;
        out.rgba.assign(8 * 8 * 4, 0);
        out.rgba[0] = static_cast<std::uint8_t>(index & 0xff);
        out.rgba[1] = static_cast<std::uint8_t>(index >> 8);
        std::this_thread::sleep_for(std::chrono::microseconds(200 + (index % 3) * 150));
        if (drawn_) ++*drawn_;
    }

private:
    std::atomic<int>* drawn_;
};

class ThrowingRenderer final : public FrameRenderer {
public:
    void render(int index, Image& out) override {
        if (index == 5) throw std::runtime_error("out of paint");
        inner_.render(index, out);
    }

private:
    IndexRenderer inner_;
};

class RecordingSink final : public FrameSink {
public:
    int samplesWanted = 0;
    int failAt = -1;
    std::vector<int> samples, frames;
    bool finished = false, aborted = false;

    static int indexOf(const Image& image) { return image.rgba[0] | (image.rgba[1] << 8); }
    std::vector<int> sampleFrames(int count) const override {
        std::vector<int> s;
        for (int i = 0; i < samplesWanted; ++i) s.push_back(i * count / samplesWanted);
        return s;
    }
    Status addSample(const Image& image) override {
        samples.push_back(indexOf(image));
        return success();
    }
    Status write(const Image& image) override {
        if (static_cast<int>(frames.size()) == failAt) return Error{"disk full"};
        frames.push_back(indexOf(image));
        return success();
    }
    Status finish() override {
        finished = true;
        return success();
    }
    void abort() override { aborted = true; }
};

class CountingObserver final : public ExportObserver {
public:
    int cancelAfter = -1;
    int lastDone = 0, lastTotal = 0;
    int lastSampled = 0, samplesTotal = 0;
    bool cancelled() override { return cancelAfter >= 0 && lastDone >= cancelAfter; }
    void advanced(int done, int total) override {
        EXPECT_EQ(done, lastDone + 1);
        EXPECT_EQ(lastSampled, samplesTotal) << "every sample before the first frame";
        lastDone = done;
        lastTotal = total;
    }
    void sampled(int done, int total) override {
        EXPECT_EQ(done, lastSampled + 1);
        EXPECT_EQ(lastDone, 0);
        lastSampled = done;
        samplesTotal = total;
    }
};

std::vector<std::unique_ptr<FrameRenderer>> renderers(int n, std::atomic<int>* drawn = nullptr) {
    std::vector<std::unique_ptr<FrameRenderer>> list;
    for (int i = 0; i < n; ++i) list.push_back(std::make_unique<IndexRenderer>(drawn));
    return list;
}

std::vector<int> upTo(int n) {
    std::vector<int> v;
    for (int i = 0; i < n; ++i) v.push_back(i);
    return v;
}

TEST(ExportPipeline, FramesArriveInOrderWithOneOrManyWorkers) {
    for (int workers : {1, 2, 3}) {
        RecordingSink sink;
        CountingObserver observer;
        auto list = renderers(workers);
        auto end = runExport(60, list, sink, observer, ExportSettings{2});
        ASSERT_TRUE(end.ok()) << end.error().message;
        EXPECT_EQ(*end, ExportEnd::Finished);
        EXPECT_EQ(sink.frames, upTo(60)) << workers << " workers";
        EXPECT_TRUE(sink.finished);
        EXPECT_FALSE(sink.aborted);
        EXPECT_EQ(observer.lastDone, 60);
    }
}

// The progress counts the frames the output holds; a GIF's palette samples are reported apart (a GIF of
// 98 frames once counted "138/138 frames", its 40 samples included).
TEST(ExportPipeline, SamplesComeFirstAndTheProgressCountsWhatIsWritten) {
    RecordingSink sink;
    sink.samplesWanted = 4;
    CountingObserver observer;
    auto list = renderers(2);
    ASSERT_TRUE(runExport(40, list, sink, observer).ok());
    EXPECT_EQ(sink.samples, (std::vector<int>{0, 10, 20, 30}));
    EXPECT_EQ(sink.frames, upTo(40));
    EXPECT_EQ(observer.lastSampled, 4);
    EXPECT_EQ(observer.samplesTotal, 4);
    EXPECT_EQ(observer.lastDone, 40);
    EXPECT_EQ(observer.lastTotal, 40);
}

TEST(ExportPipeline, CancelStopsBetweenFramesAndAborts) {
    RecordingSink sink;
    CountingObserver observer;
    observer.cancelAfter = 10;
    std::atomic<int> drawn{0};
    auto list = renderers(1, &drawn);
    auto end = runExport(1000, list, sink, observer, ExportSettings{3});
    ASSERT_TRUE(end.ok());
    EXPECT_EQ(*end, ExportEnd::Cancelled);
    EXPECT_EQ(sink.frames.size(), 10u);
    EXPECT_TRUE(sink.aborted);
    EXPECT_FALSE(sink.finished);
    EXPECT_LE(drawn.load(), 10 + 3 + 1);  // the worker stopped too, only a queue's worth ahead
}

TEST(ExportPipeline, ASinkErrorAbortsAndIsReturned) {
    RecordingSink sink;
    sink.failAt = 7;
    CountingObserver observer;
    auto list = renderers(2);
    auto end = runExport(100, list, sink, observer);
    ASSERT_FALSE(end.ok());
    EXPECT_EQ(end.error().message, "disk full");
    EXPECT_TRUE(sink.aborted);
}

TEST(ExportPipeline, ARendererFailureAbortsAndIsReturned) {
    RecordingSink sink;
    CountingObserver observer;
    std::vector<std::unique_ptr<FrameRenderer>> list;
    list.push_back(std::make_unique<ThrowingRenderer>());
    auto end = runExport(100, list, sink, observer);
    ASSERT_FALSE(end.ok());
    EXPECT_NE(end.error().message.find("out of paint"), std::string::npos);
    EXPECT_TRUE(sink.aborted);
}

TEST(ExportPipeline, NothingToExport) {
    RecordingSink sink;
    CountingObserver observer;
    auto list = renderers(1);
    EXPECT_FALSE(runExport(0, list, sink, observer).ok());
    EXPECT_TRUE(sink.aborted);
}

}  // namespace
}  // namespace touchline
