using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>
/// The phrases and numbers of the user's last message that the default responder puts, in order, into the string and
/// numeric values it makes up (tool-call arguments, structured output), so "What is the weather in Paris today?" asks
/// <c>get_weather</c> about Paris. Phrases, in the order they appear:
/// runs of capitalised words ("New York"), leaving out the first word of each sentence (every sentence starts with a
/// capital: "What", "Describe", "The") and "I"; then, when there is no such run,
/// the lowercase words (up to four, to the next punctuation, without a trailing "today", "now"...) after the last
/// "about", "for", "in", "on", "of", "with", "to" or "from". Numbers are the numerals, in order ("2", "3.5").
/// A value is taken once; when none is left the schema's own sample is used. Deterministic: the same text gives the same values.
/// </summary>
internal sealed partial class UserWords
{
    private const int MaxFallbackWords = 4;

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "about", "for", "in", "on", "of", "with", "to", "from");

    private static readonly FrozenSet<string> TrailingFillers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "today", "tomorrow", "tonight", "now", "please", "currently", "right");

    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create(".?!:;\n");

    private readonly IReadOnlyList<string> _phrases;
    private readonly IReadOnlyList<double> _numbers;
    private int _nextPhrase;
    private int _nextNumber;

    private UserWords(IReadOnlyList<string> phrases, IReadOnlyList<double> numbers)
    {
        _phrases = phrases;
        _numbers = numbers;
    }

    /// <summary>Reads the phrases and numbers of <paramref name="text"/>.</summary>
    public static UserWords From(string text)
    {
        var tokens = Tokenize(text);
        var phrases = CapitalisedRuns(tokens);
        if (phrases.Count == 0 && FallbackPhrase(tokens) is { } fallback)
        {
            phrases.Add(fallback);
        }

        var numbers = new List<double>();
        foreach (var token in tokens)
        {
            if (double.TryParse(token.Word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                numbers.Add(number);
            }
        }

        return new(phrases, numbers);
    }

    /// <summary>The next phrase when it is acceptable, consuming it; null (nothing consumed) otherwise.</summary>
    public string? TakePhrase(Func<string, bool> acceptable)
    {
        if (_nextPhrase < _phrases.Count && acceptable(_phrases[_nextPhrase]))
        {
            return _phrases[_nextPhrase++];
        }

        return null;
    }

    /// <summary>The next number when it is acceptable, consuming it; null (nothing consumed) otherwise.</summary>
    public double? TakeNumber(Func<double, bool> acceptable)
    {
        if (_nextNumber < _numbers.Count && acceptable(_numbers[_nextNumber]))
        {
            return _numbers[_nextNumber++];
        }

        return null;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var previousEnd = 0;
        foreach (Match match in WordPattern().Matches(text))
        {
            var word = match.Value.TrimEnd('.', '-', '\'', '’');
            var gap = text.AsSpan(previousEnd, match.Index - previousEnd);
            var sentenceStart = tokens.Count == 0 || gap.IndexOfAny(SentenceBreaks) >= 0 || tokens[^1].EndsSentence;
            var joined = tokens.Count > 0 && !tokens[^1].EndsSentence && gap.Trim().IsEmpty;
            tokens.Add(new Token(word, sentenceStart, joined, match.Value.Length > word.Length && match.Value[word.Length] == '.'));
            previousEnd = match.Index + match.Length;
        }

        return tokens;
    }

    private static List<string> CapitalisedRuns(List<Token> tokens)
    {
        var phrases = new List<string>();
        var run = new List<Token>();
        foreach (var token in tokens)
        {
            if (run.Count > 0 && !token.Joined)
            {
                AddRun(run, phrases);
            }

            if (IsCapitalised(token.Word))
            {
                run.Add(token);
            }
            else
            {
                AddRun(run, phrases);
            }
        }

        AddRun(run, phrases);
        return phrases;
    }

    private static void AddRun(List<Token> run, List<string> phrases)
    {
        var words = run.Select(token => token.Word).ToList();
        if (run.Count > 0 && run[0].SentenceStart)
        {
            words.RemoveAt(0);
        }

        if (words.Count > 0)
        {
            var phrase = string.Join(' ', words);
            if (!phrases.Contains(phrase, StringComparer.OrdinalIgnoreCase))
            {
                phrases.Add(phrase);
            }
        }

        run.Clear();
    }

    private static string? FallbackPhrase(List<Token> tokens)
    {
        var last = tokens.FindLastIndex(token => Prepositions.Contains(token.Word));
        if (last < 0)
        {
            return null;
        }

        var words = new List<string>();
        for (var i = last + 1; i < tokens.Count && words.Count < MaxFallbackWords && tokens[i].Joined; i++)
        {
            words.Add(tokens[i].Word);
        }

        while (words.Count > 0 && TrailingFillers.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) && word is not ("I" or "I'm" or "I’m" or "I'd" or "I'll" or "I've");

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*")]
    private static partial Regex WordPattern();

    private readonly record struct Token(string Word, bool SentenceStart, bool Joined, bool EndsSentence);
}
