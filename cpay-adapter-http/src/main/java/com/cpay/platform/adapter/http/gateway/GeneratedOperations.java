package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.domain.shared.ValidationException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Calls an operation of the generated client by its operationId with signed parameters: each method parameter
 * gets the signed value of the same wire name (the generator names both after the spec's property), so the
 * gateways never list parameters by position and what is signed is exactly what is sent. A parameter that the
 * generated method types as an enum gets the constant whose text is the value (generated enums print their wire
 * value); one that was not signed gets null, which the client leaves out. A signed name the method has no parameter
 * for (a name typed by hand for a GET, which the spec gives no model) is refused before anything is sent: it would
 * be signed and not sent, and C-Pay would refuse the signature.
 */
final class GeneratedOperations {

    private final Object api;
    private final Map<String, Operation> operations = new HashMap<>();

    GeneratedOperations(Class<?> apiType, Object api) {
        this.api = api;
        for (Method method : apiType.getMethods()) {
            if (operations.put(method.getName(), new Operation(method)) != null) {
                throw new IllegalStateException("two generated operations are named " + method.getName());
            }
        }
    }

    /**
     * A generated method with its parameters read once: {@code getParameters()} copies them on every call, and
     * every C-Pay call goes through here.
     */
    private record Operation(Method method, Parameter[] parameters, Set<String> names) {

        Operation(Method method) {
            this(method, method.getParameters(), new HashSet<>());
            for (Parameter parameter : parameters) {
                names.add(parameter.getName());
            }
        }
    }

    /**
     * The generated method's answer (null when it gave none).
     *
     * @throws ValidationException   when a value is none of the constants the operation accepts (nothing is sent)
     * @throws IllegalStateException when a signed name is no parameter of the operation (nothing is sent)
     */
    <R> R call(String operation, WireParams.Signed params, Class<R> answer) {
        Operation generated = operation(operation);
        Parameter[] parameters = generated.parameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = argument(parameters[i], params.get(parameters[i].getName()));
        }
        if (!generated.names().containsAll(params.values().keySet())) {
            Set<String> unsent = new TreeSet<>(params.values().keySet());
            unsent.removeAll(generated.names());
            throw new IllegalStateException("the generated " + operation + " has no parameter " + unsent
                    + ": it would be signed and not sent");
        }
        try {
            return answer.cast(generated.method().invoke(api, arguments));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the generated " + operation + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the generated " + operation + " cannot be called", e);
        }
    }

    /** The generated method of this operationId. */
    Method method(String operation) {
        return operation(operation).method();
    }

    private Operation operation(String operation) {
        Operation generated = operations.get(operation);
        if (generated == null) {
            throw new IllegalArgumentException("the generated client has no operation " + operation);
        }
        return generated;
    }

    private static Object argument(Parameter parameter, String value) {
        Class<?> type = parameter.getType();
        if (value == null || type == String.class) {
            return value;
        }
        if (type.isEnum()) {
            return WireValues.oneOf(parameter.getName(), value, type);
        }
        throw new IllegalStateException("the generated parameter " + parameter.getName() + " has the type "
                + type.getSimpleName() + ", which no signed text converts to");
    }
}
