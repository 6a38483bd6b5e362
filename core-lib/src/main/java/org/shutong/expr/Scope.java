package org.shutong.expr;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.apiguardian.api.API;

/**
 * What an expression can name: typed values read from a context object {@code C} (fields of a
 * record), constants ({@code $name}), functions on text with literal arguments (e.g. an ICD range
 * test), and repeated groups whose members a group function ({@code any}, {@code all},
 * {@code count}) iterates. Built once and shared; immutable after {@link Builder#build()}.
 *
 * @param <C> the context an expression is evaluated against (e.g. one record)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Scope<C> {
  /** How a group function reaches the slots of a repeated group in a context. */
  public interface GroupAccess<C> {
    /** Number of slots in this context. */
    int size(C context);

    /** Whether slot {@code i} has any member filled (empty slots are skipped). */
    boolean filled(C context, int i);

    /** Makes slot {@code i} the one member names refer to. */
    void bind(C context, int i);

    /** Ends the binding (restores what was bound before). */
    void unbind(C context);
  }

  record Value<C>(ExprType type, ToIntFunction<C> bool, ToDoubleFunction<C> number,
      Function<C, String> text, ToLongFunction<C> time, Predicate<C> filled, Predicate<C> blank,
      int index) {
    /** Marks a value that is not read through {@link Indexed}. */
    static final int NOT_INDEXED = Integer.MIN_VALUE;

    boolean indexed() {
      return index != NOT_INDEXED;
    }
  }

  record Group<C>(GroupAccess<C> access, Scope<C> members) {}

  /** A function of one text argument and string-literal arguments. */
  record TextFunction<C>(ExprType result,
      Function<List<String>, BiFunction<C, String, Object>> factory) {}

  private final Map<String, Value<C>> values;
  private final Map<String, Object> constants;
  private final Map<String, TextFunction<C>> functions;
  private final Map<String, Group<C>> groups;
  private final Scope<C> parent;

  private Scope(Builder<C> b) {
    this.values = Map.copyOf(b.values);
    this.constants = Map.copyOf(b.constants);
    this.functions = Map.copyOf(b.functions);
    this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(b.groups));
    this.parent = b.parent;
  }

  /** Starts a scope. */
  public static <C> Builder<C> builder() {
    return new Builder<>(null);
  }

  /** Starts a scope for the members of a group; names not found in it are looked up here. */
  public Builder<C> child() {
    return new Builder<>(this);
  }

  Value<C> value(String name) {
    Value<C> v = values.get(name);
    return v != null || parent == null ? v : parent.value(name);
  }

  Object constant(String name) {
    Object v = constants.get(name);
    return v != null || parent == null ? v : parent.constant(name);
  }

  TextFunction<C> function(String name) {
    TextFunction<C> f = functions.get(name);
    return f != null || parent == null ? f : parent.function(name);
  }

  Group<C> group(String name) {
    Group<C> g = groups.get(name);
    return g != null || parent == null ? g : parent.group(name);
  }

  Set<String> groupNames() {
    return parent != null ? parent.groupNames() : groups.keySet();
  }

  /** Whether {@code name} is a member of this (group) scope rather than of its parent. */
  boolean isLocal(String name) {
    return values.containsKey(name);
  }

  /** Builds a {@link Scope}. */
  public static final class Builder<C> {
    private final Map<String, Value<C>> values = new HashMap<>();
    private final Map<String, Object> constants = new HashMap<>();
    private final Map<String, TextFunction<C>> functions = new HashMap<>();
    private final Map<String, Group<C>> groups = new LinkedHashMap<>();
    private final Scope<C> parent;

    private Builder(Scope<C> parent) {
      this.parent = parent;
    }

    /**
     * A text value; {@code read} returns {@code null} when it is missing; {@code filled} says whether
     * the box is filled at all (for {@code present()} and {@code sum()}).
     */
    public Builder<C> text(String name, Function<C, String> read, Predicate<C> filled) {
      values.put(name, new Value<>(ExprType.TEXT, null, null, Objects.requireNonNull(read), null, filled, null, Value.NOT_INDEXED));
      return this;
    }

    /** A number; {@code read} returns NaN when missing or unreadable. */
    public Builder<C> number(String name, ToDoubleFunction<C> read, Predicate<C> filled) {
      values.put(name, new Value<>(ExprType.NUMBER, null, Objects.requireNonNull(read), null, null, filled, null, Value.NOT_INDEXED));
      return this;
    }

    /** A time (seconds); {@code read} returns {@link Logic#NO_TIME} when missing or unreadable. */
    public Builder<C> time(String name, ToLongFunction<C> read, Predicate<C> filled) {
      values.put(name, new Value<>(ExprType.TIME, null, null, null, Objects.requireNonNull(read), filled, null, Value.NOT_INDEXED));
      return this;
    }

    /**
     * Says when the box of value {@code name} (already added) is blank — not even the "nothing to
     * fill" mark — for {@code blank()}; without it, {@code blank(x)} is {@code !present(x)}.
     */
    public Builder<C> blank(String name, Predicate<C> blank) {
      Value<C> v = values.get(name);
      if (v == null) {
        throw new IllegalArgumentException("no value " + name);
      }
      values.put(name, new Value<>(v.type(), v.bool(), v.number(), v.text(), v.time(), v.filled(),
          Objects.requireNonNull(blank), v.index()));
      return this;
    }

    /**
     * A value read through {@link Indexed} (the context must implement it): text, number or time
     * value number {@code index} of the context. The fastest kind of value.
     */
    public Builder<C> indexed(String name, ExprType type, int index) {
      if (type == ExprType.BOOL || index == Value.NOT_INDEXED) {
        throw new IllegalArgumentException("indexed values are text, number or time");
      }
      Predicate<C> present = c -> ((Indexed) c).present(index);
      Predicate<C> blank = c -> ((Indexed) c).blank(index);
      values.put(name, new Value<>(type, null, null, null, null, present, blank, index));
      return this;
    }

    /** A constant, referred to as {@code $name}: a String, Number or Boolean. */
    public Builder<C> constant(String name, Object value) {
      if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        throw new IllegalArgumentException("constant " + name + " must be text, number or boolean");
      }
      constants.put(name, value);
      return this;
    }

    /**
     * A function {@code name(text, 'literal', ...)}: {@code factory} receives the literals once, at
     * compile time, and returns the function applied to the context and the text (never to a
     * {@code null} text: a missing text gives unknown). The function returns a Boolean (for
     * {@link ExprType#BOOL}), String, Double or Long (time), or {@code null} for unknown.
     *
     * @throws IllegalArgumentException from the factory for bad literals (reported as a compile error)
     */
    public Builder<C> textFunction(String name, ExprType result,
        Function<List<String>, BiFunction<C, String, Object>> factory) {
      functions.put(name, new TextFunction<>(result, factory));
      return this;
    }

    /** A repeated group and the scope of its members. */
    public Builder<C> group(String name, GroupAccess<C> access, Scope<C> members) {
      groups.put(name, new Group<>(access, members));
      return this;
    }

    /** The scope. */
    public Scope<C> build() {
      return new Scope<>(this);
    }
  }
}
