using System.Buffers.Binary;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// Reads a RIFF/WAVE file incrementally, as its bytes arrive, so an upload is analysed without being stored.
/// Understands PCM 16-bit (<c>WAVE_FORMAT_PCM</c>, and <c>WAVE_FORMAT_EXTENSIBLE</c> with the PCM sub-format)
/// at any sample rate and channel count; skips chunks other than <c>fmt </c> and <c>data</c>. A data size of 0 or
/// 0xFFFFFFFF (streamed WAV) means "until the end of the file". Anything else is reported as not decodable.
/// </summary>
internal sealed class WavAnalyzer
{
    private const int MaxFormatBytes = 1024;
    private const double FullScale = 32768.0;
    private const double MinimumWindowSeconds = 0.01;

    private static ReadOnlySpan<byte> PcmSubFormatTail => [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    private readonly byte[] _header = new byte[MaxFormatBytes];
    private readonly List<AudioWindow> _windows = [];
    private WavStage _stage = WavStage.Riff;
    private int _headerFill;
    private int _headerNeed = 12;
    private bool _padFormat;
    private long _skipRemaining;
    private long _dataRemaining;
    private int _channels;
    private int _sampleRate;
    private int _blockAlign;
    private byte[] _partialFrame = [];
    private int _partialFill;
    private long _frames;
    private long _windowFrames;
    private long _windowSumSquares;
    private int _windowCrossings;
    private int _lastSign;

    private enum WavStage
    {
        Riff,
        ChunkHeader,
        Format,
        Skip,
        Data,
        Done,
        Invalid,
    }

    /// <summary>Feeds the next bytes of the file.</summary>
    public void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty && _stage is not (WavStage.Done or WavStage.Invalid))
        {
            if (_stage == WavStage.Skip)
            {
                var skip = (int)Math.Min(_skipRemaining, data.Length);
                data = data[skip..];
                _skipRemaining -= skip;
                if (_skipRemaining == 0)
                {
                    Expect(WavStage.ChunkHeader, 8);
                }
            }
            else if (_stage == WavStage.Data)
            {
                data = ConsumeData(data);
            }
            else
            {
                var take = Math.Min(_headerNeed - _headerFill, data.Length);
                data[..take].CopyTo(_header.AsSpan(_headerFill));
                _headerFill += take;
                data = data[take..];
                if (_headerFill == _headerNeed)
                {
                    OnHeader(_header.AsSpan(0, _headerNeed));
                }
            }
        }
    }

    /// <summary>Ends the file: the analysis, or null when the bytes were not a PCM 16-bit WAV.</summary>
    public WavAnalysis? Complete()
    {
        if (_stage is not (WavStage.Data or WavStage.Done))
        {
            return null;
        }

        if (_windowFrames > 0 && (double)_windowFrames / _sampleRate >= MinimumWindowSeconds)
        {
            CloseWindow();
        }

        _stage = WavStage.Done;
        return new WavAnalysis(_sampleRate, _channels, _frames, [.. _windows]);
    }

    private void Expect(WavStage stage, int bytes)
    {
        _stage = stage;
        _headerFill = 0;
        _headerNeed = bytes;
    }

    private void OnHeader(ReadOnlySpan<byte> header)
    {
        switch (_stage)
        {
            case WavStage.Riff:
                if (!header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
                {
                    _stage = WavStage.Invalid;
                    return;
                }

                Expect(WavStage.ChunkHeader, 8);
                return;
            case WavStage.ChunkHeader:
                OnChunk(header[..4], BinaryPrimitives.ReadUInt32LittleEndian(header[4..8]));
                return;
            case WavStage.Format:
                OnFormat(header);
                return;
        }
    }

    private void OnChunk(ReadOnlySpan<byte> id, uint size)
    {
        if (id.SequenceEqual("fmt "u8))
        {
            if (size is < 16 or > MaxFormatBytes)
            {
                _stage = WavStage.Invalid;
                return;
            }

            _padFormat = (size & 1) == 1;
            Expect(WavStage.Format, (int)size);
        }
        else if (id.SequenceEqual("data"u8))
        {
            if (_blockAlign == 0)
            {
                _stage = WavStage.Invalid;
                return;
            }

            _dataRemaining = size is 0 or uint.MaxValue ? -1 : size;
            _stage = WavStage.Data;
        }
        else
        {
            SkipThen(size + (size & 1));
        }
    }

    private void SkipThen(long bytes)
    {
        if (bytes == 0)
        {
            Expect(WavStage.ChunkHeader, 8);
            return;
        }

        _stage = WavStage.Skip;
        _skipRemaining = bytes;
    }

    private void OnFormat(ReadOnlySpan<byte> format)
    {
        var tag = BinaryPrimitives.ReadUInt16LittleEndian(format);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(format[2..]);
        var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(format[4..]);
        var blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(format[12..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(format[14..]);
        var pcm = tag == 1
            || (tag == 0xFFFE && format.Length >= 40
                && BinaryPrimitives.ReadUInt16LittleEndian(format[24..]) == 1
                && format[26..40].SequenceEqual(PcmSubFormatTail));
        if (!pcm || bits != 16 || channels == 0 || sampleRate is 0 or > int.MaxValue || blockAlign != channels * 2)
        {
            _stage = WavStage.Invalid;
            return;
        }

        _channels = channels;
        _sampleRate = (int)sampleRate;
        _blockAlign = blockAlign;
        _partialFrame = new byte[blockAlign];
        SkipThen(_padFormat ? 1 : 0);
    }

    private ReadOnlySpan<byte> ConsumeData(ReadOnlySpan<byte> data)
    {
        var available = _dataRemaining < 0 ? data.Length : (int)Math.Min(_dataRemaining, data.Length);
        var chunk = data[..available];
        if (_dataRemaining >= 0)
        {
            _dataRemaining -= available;
        }

        if (_partialFill > 0)
        {
            var take = Math.Min(_blockAlign - _partialFill, chunk.Length);
            chunk[..take].CopyTo(_partialFrame.AsSpan(_partialFill));
            _partialFill += take;
            chunk = chunk[take..];
            if (_partialFill == _blockAlign)
            {
                AddFrames(_partialFrame);
                _partialFill = 0;
            }
        }

        var whole = chunk.Length / _blockAlign * _blockAlign;
        AddFrames(chunk[..whole]);
        chunk[whole..].CopyTo(_partialFrame);
        _partialFill += chunk.Length - whole;

        if (_dataRemaining == 0)
        {
            _stage = WavStage.Done;
        }

        return data[available..];
    }

    private void AddFrames(ReadOnlySpan<byte> frames)
    {
        for (var offset = 0; offset < frames.Length; offset += _blockAlign)
        {
            var frame = frames.Slice(offset, _blockAlign);
            for (var channel = 0; channel < _channels; channel++)
            {
                long sample = BinaryPrimitives.ReadInt16LittleEndian(frame[(channel * 2)..]);
                _windowSumSquares += sample * sample;
            }

            var first = BinaryPrimitives.ReadInt16LittleEndian(frame);
            var sign = Math.Sign(first);
            if (sign != 0)
            {
                if (_lastSign != 0 && sign != _lastSign)
                {
                    _windowCrossings++;
                }

                _lastSign = sign;
            }

            _frames++;
            if (++_windowFrames == _sampleRate)
            {
                CloseWindow();
            }
        }
    }

    private void CloseWindow()
    {
        var seconds = (double)_windowFrames / _sampleRate;
        var rms = Math.Sqrt((double)_windowSumSquares / (_windowFrames * _channels)) / FullScale;
        _windows.Add(new AudioWindow(_windows.Count, _windowFrames, rms, _windowCrossings / 2.0 / seconds));
        _windowFrames = 0;
        _windowSumSquares = 0;
        _windowCrossings = 0;
        _lastSign = 0;
    }
}
