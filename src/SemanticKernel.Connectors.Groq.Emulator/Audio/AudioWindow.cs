namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// Measurements of one 1-second window of decoded audio (the last one may be shorter).
/// <paramref name="Rms"/> is over all channels as a fraction of full scale; <paramref name="FrequencyHz"/> is
/// the zero-crossing estimate of channel 0 (crossings / 2 / window seconds).
/// </summary>
internal sealed record AudioWindow(int Index, long Frames, double Rms, double FrequencyHz);
